/**
 * A development server (`astro dev` on a free port) in a temporary copy of the project (its own
 * `.astro/` and cache, `node_modules` linked), and the edits of each kind of content file that
 * must reach its pages without a restart. Used by tests/build/dev-server.test.ts (that each edit
 * shows) and by `npm run bench` (how long each takes: the target is two seconds).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { copyEnv, copyProject, root } from './project-copy.ts';

export const PAPER = 'pu-diffusion-models';

/**
 * One edit of each kind of content file, each to a page the server has rendered once: `rel` is
 * the file (relative to the content folder), `path` the page the edit must reach and `marker`
 * the text it adds there.
 */
export const CONTENT_EDITS = [
  {
    kind: 'a paper body (ja.mdx)',
    rel: `papers/${PAPER}/ja.mdx`,
    change: (t: string) =>
      t.replace(/^## 課題\n/m, '## 課題\n\n編集の印 MARKER-JA-BODY である。\n'),
    path: `/papers/${PAPER}/`,
    marker: 'MARKER-JA-BODY',
  },
  {
    kind: 'an edition frontmatter (en.mdx)',
    rel: `papers/${PAPER}/en.mdx`,
    change: (t: string) => t.replace(/^description: /m, 'description: MARKER-EN-FRONTMATTER '),
    path: `/en/papers/${PAPER}/`,
    marker: 'MARKER-EN-FRONTMATTER',
  },
  {
    kind: 'the shared facts (paper.yaml)',
    rel: `papers/${PAPER}/paper.yaml`,
    change: (t: string) => t.replace(/^originalTitle: /m, 'originalTitle: MARKER-ORIGINAL-TITLE '),
    path: `/papers/${PAPER}/`,
    marker: 'MARKER-ORIGINAL-TITLE',
  },
  {
    kind: 'a figure (figures.yaml)',
    rel: `papers/${PAPER}/figures.yaml`,
    change: (t: string) => t.replace(/^( {4}en: )Schematic of/m, '$1MARKER-FIGURE Schematic of'),
    path: `/en/papers/${PAPER}/`,
    marker: 'MARKER-FIGURE',
  },
  {
    kind: 'the glossary (glossary.yaml)',
    rel: 'glossary.yaml',
    change: (t: string) =>
      t.replace(
        /^( {4}en: )Adjusting a trained model/m,
        '$1MARKER-GLOSSARY Adjusting a trained model',
      ),
    path: '/en/glossary/',
    marker: 'MARKER-GLOSSARY',
  },
  {
    kind: 'the corrections log (corrections.yaml)',
    rel: 'corrections.yaml',
    change: (t: string) =>
      t.replace(/^( {4}en: )The two statements/m, '$1MARKER-CORRECTION The two statements'),
    path: '/en/corrections/',
    marker: 'MARKER-CORRECTION',
  },
];

/** Copies the project, starts `astro dev` in the copy and renders the edits' pages once. */
export async function startDevServer() {
  const dir = copyProject('dev-server-');
  // A free port: one the system hands out, released for the server.
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
    ],
    {
      cwd: dir,
      env: { ...copyEnv(), NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [server.stdout, server.stderr])
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) });
    return { status: response.status, html: await response.text() };
  };
  /** Polls `path` until `check` accepts its response; returns the milliseconds it took. */
  const until = async (
    path: string,
    check: (r: { status: number; html: string }) => boolean,
    limit = 30_000,
  ) => {
    const start = performance.now();
    let last: string;
    for (;;) {
      try {
        const response = await get(path);
        if (check(response)) return performance.now() - start;
        last = `status ${response.status}: ${response.html.replace(/\s+/g, ' ').slice(0, 1500)}`;
      } catch (error) {
        last = String(error); // The server is not listening yet.
      }
      if (performance.now() - start > limit)
        throw new Error(
          `${path} did not change within ${limit} ms (last: ${last}); server output (requests left out):\n${output
            .split('\n')
            .filter((line) => !/^\S+ \[\d{3}\] \//.test(line))
            .join('\n')
            .slice(-3000)}`,
        );
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const dev = {
    /** The copy's root folder. */
    dir,
    base,
    /** Everything the server printed so far. */
    output: () => output,
    exitCode: () => server.exitCode,
    get,
    until,
    /** Rewrites a content file of the copy (relative to its content folder). */
    edit: (rel: string, change: (text: string) => string) => {
      const file = join(dir, 'content', rel);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`setup: the edit of ${rel} changed nothing`);
      writeFileSync(file, after);
    },
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // Every page the edits are checked on, rendered once (the first render compiles it).
  try {
    for (const path of new Set(CONTENT_EDITS.map((e) => e.path)))
      await until(path, (r) => r.status === 200, 200_000);
  } catch (error) {
    dev.stop();
    throw error;
  }
  return dev;
}

export type DevServer = Awaited<ReturnType<typeof startDevServer>>;
