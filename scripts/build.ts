/**
 * `npm run build`: builds the site into a staging folder next to the output folder and moves it
 * into place only when the whole build (content check, pages, KaTeX check, search index)
 * succeeded. A failed or interrupted build removes its staging folder and the previous output,
 * so nothing stale or half-written is left where a host could publish it.
 *
 *   node scripts/build.ts [--local] [--outDir dir] [other astro build options]
 *
 * A production build needs SITE_URL, the site's public origin (src/site/config.ts). `--local`
 * builds for http://localhost:4321 when SITE_URL is not set: what `npm start` and `npm test` do,
 * so a fresh checkout builds without settings while a real deployment cannot forget it.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildEnv, NODE_FLAGS } from './build-env.ts';
import { LOCAL_SITE_URL } from '../src/site/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const local = args.indexOf('--local');
const env = { ...process.env };
if (local >= 0) {
  args.splice(local, 1);
  if (!env.SITE_URL) env.SITE_URL = LOCAL_SITE_URL;
}
const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
let outDir = resolve(ROOT, 'dist');
if (at >= 0) {
  const arg = args[at] as string;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  if (!value) {
    console.error('build: --outDir needs a folder');
    process.exit(2);
  }
  outDir = resolve(value);
  args.splice(at, arg.includes('=') ? 1 : 2);
}
const staging = join(dirname(outDir), `.${basename(outDir)}.staging`);
const previous = join(dirname(outDir), `.${basename(outDir)}.previous`);

const removeAll = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
};

function fail(reason: string, code: number): never {
  removeAll();
  // A failed build must not leave the last good output looking like this build's result.
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nbuild failed: ${reason}. Nothing was written to ${outDir} (any previous build there was removed).`,
  );
  process.exit(code);
}

removeAll();
// buildEnv: allocator options that keep the build's memory down; NODE_FLAGS: V8's young
// generation (scripts/build-env.ts).
const child = spawn(
  process.execPath,
  [
    ...NODE_FLAGS,
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    staging,
    ...args,
  ],
  { cwd: ROOT, stdio: 'inherit', env: buildEnv(env) },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  if (signal) fail(`astro build was stopped by ${signal}`, 1);
  if (code !== 0) fail(`astro build exited with status ${code}`, code ?? 1);
  if (!existsSync(join(staging, 'index.html')) || !existsSync(join(staging, 'search-index')))
    fail('the build did not produce index.html and the search index', 1);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  console.log(`\nbuild: the site is in ${outDir}`);
});
