/**
 * `npm run dev` shows an edit to any content file without a restart: one development server
 * (`astro dev` on a free port) runs in a temporary copy of the project (its own `.astro/` and
 * cache, `node_modules` linked), and each kind of content file is edited in turn: a paper's
 * ja.mdx body and en.mdx frontmatter, paper.yaml, figures.yaml, the glossary and the corrections
 * log. The served HTML must show each edit within two seconds (polled, no fixed waits). Then a
 * content error is shown in the terminal and in the browser (Astro's error overlay) naming the
 * file, the server keeps running, and the page comes back once the error is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const PAPER = 'pu-diffusion-models';
/** The time an edit may take to reach the served page. */
const BUDGET_MS = 2_000;

let dir = '';
let server: ChildProcess | undefined;
let output = '';
let base = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) });
  return { status: response.status, html: await response.text() };
}

/** Polls `path` until `check` accepts its response; returns the milliseconds it took. */
async function until(
  path: string,
  check: (r: { status: number; html: string }) => boolean,
  limit = 30_000,
): Promise<number> {
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
        `${path} did not change within ${limit} ms (last: ${last}); server output:\n${output.slice(-3000)}`,
      );
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Rewrites a content file of the copy (relative to its content folder). */
function edit(rel: string, change: (text: string) => string): void {
  const file = join(dir, 'content', rel);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test setup: the edit of ${rel} changed nothing`);
  writeFileSync(file, after);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dev-server-'));
  for (const name of [
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
    'src',
    'public',
    'content',
  ])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  // The packages linked one by one, so that Vite's and Astro's caches (node_modules/.vite,
  // .astro) are the copy's own.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!name.startsWith('.'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  symlinkSync(join(root, 'node_modules/.bin'), join(dir, 'node_modules/.bin'));
  const port = await freePort();
  // The copy's own content/, whatever the caller's CONTENT_DIR says.
  // The copy's own content/, and none of Vitest's variables (NODE_ENV=test, VITEST…), which
  // Astro would take for its own test mode.
  // Its cache (node_modules/.astro) is the copy's own too.
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !['CONTENT_DIR', 'ASTRO_CACHE_DIR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST'),
    ),
  );
  base = `http://127.0.0.1:${port}`;
  server = spawn(
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
      env: { ...environment, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Every page the edits are checked on, rendered once (the first render compiles it).
  for (const path of [
    `/papers/${PAPER}/`,
    `/en/papers/${PAPER}/`,
    '/en/glossary/',
    '/en/corrections/',
  ])
    await until(path, (r) => r.status === 200, 200_000);
}, 280_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the development server', () => {
  test.each([
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
      change: (t: string) =>
        t.replace(/^originalTitle: /m, 'originalTitle: MARKER-ORIGINAL-TITLE '),
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
  ])('shows an edit to $kind within 2 s', async ({ rel, change, path, marker }) => {
    expect((await get(path)).html).not.toContain(marker);
    edit(rel, change);
    const took = await until(path, (r) => r.status === 200 && r.html.includes(marker));
    expect(took, `${rel}: the edit reached ${path} after ${Math.round(took)} ms`).toBeLessThan(
      BUDGET_MS,
    );
  });

  test('reports a content error in the terminal and the browser, keeps running, and recovers', async () => {
    const rel = `papers/${PAPER}/paper.yaml`;
    const file = `content/${rel}`;
    const path = `/en/papers/${PAPER}/`;
    const before = readFileSync(join(dir, 'content', rel), 'utf8');
    const logged = output.length;
    // What the browser's error overlay receives: Vite's HMR messages (its client shows an
    // "error" message as the overlay).
    const client = await get('/@vite/client');
    const token = /const wsToken = "([^"]*)"/.exec(client.html)?.[1] ?? '';
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
    const messages: string[] = [];
    socket.addEventListener('message', (event) => messages.push(String(event.data)));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', reject);
    });
    try {
      edit(rel, (t) => t.replace(/^venue: .*$/m, 'venue: nowhere-2025'));
      // The terminal names the file and the field.
      await until('/favicon.svg', () =>
        /paper\.yaml: venue: unknown venue "nowhere-2025"/.test(output.slice(logged)),
      );
      expect(output.slice(logged)).toContain(file);
      // The page fails, and the overlay gets the problem with its file.
      await until(path, (r) => r.status === 500);
      await until('/favicon.svg', () =>
        messages.some((m) => m.includes('"type":"error"') && m.includes('unknown venue')),
      );
      const overlay = messages.find((m) => m.includes('"type":"error"')) ?? '';
      expect(overlay).toContain(file);
      // Still running: the fix brings the page back.
      writeFileSync(join(dir, 'content', rel), before);
      await until(path, (r) => r.status === 200 && r.html.includes('MARKER-EN-FRONTMATTER'));
      expect(server?.exitCode).toBeNull();
    } finally {
      socket.close();
    }
  });
});
