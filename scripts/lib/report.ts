/**
 * What the measuring scripts (bench, bench-search, bench-scale, lighthouse, screenshots) share:
 * the astro build they time, the built site they serve, and the files and tables they report in.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_SITE_URL } from '../../src/site/config.ts';
import { CATEGORIES, type LighthouseResult } from '../../tests/support/lighthouse.ts';
import { serveStatic, type StaticServer } from '../../tests/support/static-server.ts';
import { buildEnv, NODE_FLAGS } from '../build-env.ts';

export const root = process.cwd();

export const kib = (n: number) => (n / 1024).toFixed(1);

/** The built site to measure: `$variable` if set, else dist/; exits when there is no build. */
export function builtSite(variable: string): string {
  const dist = resolve(process.env[variable] ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run \`npm run build -- --local\` first.`);
    process.exit(1);
  }
  return dist;
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * A cold `astro build` into `out` with the options and environment `npm run build` gives it
 * (scripts/build-env.ts), so this measures the build as it ships: its seconds, its peak memory
 * (the whole process tree, sampled every 100 ms) and its log. `env` is added to the environment.
 */
export async function timedBuild(
  out: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ seconds: number; peakBytes: number; log: string }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
    {
      cwd: root,
      // A local build unless SITE_URL says otherwise (a production build needs it).
      env: buildEnv({ SITE_URL: LOCAL_SITE_URL, ...process.env, ...env, NO_COLOR: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) {
    console.error(log);
    throw new Error(`astro build exited with ${code}`);
  }
  return { seconds: (performance.now() - t0) / 1000, peakBytes: peak, log };
}

/** A Markdown table of Lighthouse runs: per page the four category scores, LCP ms, TBT ms, CLS. */
export const lighthouseTable = (results: LighthouseResult[]): string[] => [
  `| page (Lighthouse, mobile) | ${CATEGORIES.join(' | ')} | LCP ms | TBT ms | CLS |`,
  `| --- |${' ---: |'.repeat(CATEGORIES.length + 3)}`,
  ...results.map(
    (r) =>
      `| ${r.url} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} |`,
  ),
];

/** Serves `dist` (compressed like a CDN unless `compress` is false) while `use` runs. */
export async function withServer<T>(
  dist: string,
  use: (server: StaticServer) => Promise<T>,
  compress = true,
): Promise<T> {
  const server = await serveStatic(dist, { compress });
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

/** Writes bench-results/<name>.json and <name>.md and prints the Markdown. */
export function writeResults(name: string, json: unknown, lines: string[]): void {
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, `bench-results/${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(root, `bench-results/${name}.md`), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}
