/**
 * `npm run dev` shows an edit to any content file without a restart: one development server in a
 * temporary copy of the project (tests/support/dev-server.ts), and each kind of content file
 * edited in turn: a paper's ja.mdx body and en.mdx frontmatter, paper.yaml, figures.yaml, the
 * glossary and the corrections log; the served HTML must show each edit (polled, no fixed waits).
 * A save in two steps (emptied, then written) shows the written file.
 * Then a content error is shown in the terminal and in the browser (Astro's error overlay) naming
 * the file, the server keeps running, and the page comes back once the error is fixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_EDITS, PAPER, startDevServer, type DevServer } from '../support/dev-server';

let dev: DevServer;

beforeAll(async () => {
  dev = await startDevServer();
}, 280_000);

afterAll(() => dev?.stop());

describe('the development server', () => {
  // How long each edit takes is measured in `npm run bench` (target: two seconds).
  test.each(CONTENT_EDITS)('shows an edit to $kind', async ({ rel, change, path, marker }) => {
    expect((await dev.get(path)).html).not.toContain(marker);
    dev.edit(rel, change);
    await dev.until(path, (r) => r.status === 200 && r.html.includes(marker));
  });

  // Some editors save by emptying the file and writing it a moment later: the page must show the
  // written file, not the empty one (the watcher waits for the size to settle: astro.config.ts).
  test('shows an edit saved in two steps (emptied, then written 30 ms later)', async () => {
    const file = join(dev.dir, 'content', `papers/${PAPER}/paper.yaml`);
    const text = readFileSync(file, 'utf8').replace(/^originalTitle: /m, '$&MARKER-TWO-STEPS ');
    writeFileSync(file, '');
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeFileSync(file, text);
    await dev.until(
      `/papers/${PAPER}/`,
      (r) => r.status === 200 && r.html.includes('MARKER-TWO-STEPS'),
    );
  });

  test('reports a content error in the terminal and the browser, keeps running, and recovers', async () => {
    const rel = `papers/${PAPER}/paper.yaml`;
    const file = `content/${rel}`;
    const path = `/en/papers/${PAPER}/`;
    const before = readFileSync(join(dev.dir, 'content', rel), 'utf8');
    const logged = dev.output().length;
    // What the browser's error overlay receives: Vite's HMR messages (its client shows an
    // "error" message as the overlay).
    const client = await dev.get('/@vite/client');
    const token = /const wsToken = "([^"]*)"/.exec(client.html)?.[1] ?? '';
    const socket = new WebSocket(`${dev.base.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
    const messages: string[] = [];
    socket.addEventListener('message', (event) => messages.push(String(event.data)));
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', reject);
    });
    try {
      dev.edit(rel, (t) => t.replace(/^venue: .*$/m, 'venue: nowhere-2025'));
      // The terminal names the file and the field.
      await dev.until('/favicon.svg', () =>
        /paper\.yaml: venue: unknown venue "nowhere-2025"/.test(dev.output().slice(logged)),
      );
      expect(dev.output().slice(logged)).toContain(file);
      // The page fails, and the overlay gets the problem with its file.
      await dev.until(path, (r) => r.status === 500);
      await dev.until('/favicon.svg', () =>
        messages.some((m) => m.includes('"type":"error"') && m.includes('unknown venue')),
      );
      const overlay = messages.find((m) => m.includes('"type":"error"')) ?? '';
      expect(overlay).toContain(file);
      // Still running: the fix brings the page back.
      writeFileSync(join(dev.dir, 'content', rel), before);
      await dev.until(path, (r) => r.status === 200 && r.html.includes('MARKER-EN-FRONTMATTER'));
      expect(dev.exitCode()).toBeNull();
    } finally {
      socket.close();
    }
  });
});
