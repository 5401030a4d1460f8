/**
 * The papers' loader (src/collections/loader.ts) with a stand-in loader context and the real
 * MDX pipeline: which files become entries, BOM/CRLF files, unchanged files kept from the store,
 * removed files dropped, each body's HTML kept in a file of the cache folder, and what Astro's
 * render(entry) gets.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { mdxBodyLoader } from '../../src/collections/loader';
import { parseHtml } from '../../src/integrations/built-pages';
import {
  hasRenderMisuse,
  mayShowRenderMisuse,
  htmlFileOf,
  readRenderedHtml,
  RENDER_MISUSE_HTML,
} from '../../src/collections/rendered-html';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'loader-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** Marks every HTML file the loader has written, so a later load shows which it rewrote. */
function markHtmlFiles(root: string): void {
  const dir = join(root, 'cache/rendered/papers');
  for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'KEPT');
}

function context(root: string, store = new Map<string, Entry>()) {
  return {
    store,
    ctx: {
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
      collection: 'papers',
      store: {
        keys: () => [...store.keys()],
        get: (id: string) => store.get(id),
        // As Astro's store does: a set() with the digest the entry already has changes nothing.
        set: (e: Entry) => {
          if (e.digest !== undefined && store.get(e.id)?.digest === e.digest) return false;
          store.set(e.id, e);
          return true;
        },
        delete: (id: string) => void store.delete(id),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (s: string) => String(s.length) + s.slice(0, 20),
    },
  };
}

const loader = mdxBodyLoader({
  base: './content/papers',
  match: (rel) => /^[^_/][^/]*\/(?:ja|en)\.mdx$/.test(rel),
  id: (rel) => rel.replace(/\.mdx$/, ''),
});
const load = (c: ReturnType<typeof context>) => loader.load(c.ctx as never);

describe('mdxBodyLoader', () => {
  test('loads <slug>/{ja,en}.mdx, skips drafts and other files, renders each body', async () => {
    const root = project({
      'content/papers/a/ja.mdx': '---\ntitle: A\n---\n\nBody A\n',
      'content/papers/a/en.mdx': '---\ntitle: A en\n---\n\nBody A en\n',
      'content/papers/a/paper.yaml': 'order: 1\n',
      'content/papers/_draft/ja.mdx': '---\ntitle: D\n---\n\nDraft\n',
    });
    const c = context(root);
    await load(c);
    expect([...c.store.keys()].sort()).toEqual(['a/en', 'a/ja']);
    expect(c.store.get('a/ja')).toMatchObject({
      data: { title: 'A' },
      filePath: 'content/papers/a/ja.mdx',
    });
    expect(await readRenderedHtml(c.store.get('a/en') as Entry)).toBe('<p>Body A en</p>');
  });

  test("keeps each body's HTML in a file of the cache folder, not in the store; headings stay in the store", async () => {
    const root = project({
      'content/papers/a/en.mdx': '---\ntitle: A\n---\n\n## Method\n\nBody A\n',
    });
    const c = context(root);
    await load(c);
    const entry = c.store.get('a/en') as Entry;
    const file = htmlFileOf(entry) as string;
    expect(file.startsWith(join(root, 'cache/rendered/papers/'))).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<h3 id="method">Method</h3>');
    expect(html).toContain('<p>Body A</p>');
    expect(entry.rendered?.html).not.toContain('Body A');
    expect(entry.rendered?.metadata?.['headings']).toEqual([
      { depth: 3, slug: 'method', text: 'Method' },
    ]);
  });

  test('render(entry) gets a visible notice the build refuses, never an empty body', async () => {
    const root = project({ 'content/papers/a/en.mdx': '---\ntitle: A\n---\n\nBody A\n' });
    const c = context(root);
    await load(c);
    const html = c.store.get('a/en')?.rendered?.html ?? '';
    expect(html).toBe(RENDER_MISUSE_HTML);
    expect(html).toMatch(/loadPaperBody\(entry\)/);
    expect(hasRenderMisuse(parseHtml(html))).toBe(true);
    expect(hasRenderMisuse(parseHtml(await readRenderedHtml(c.store.get('a/en') as Entry)))).toBe(
      false,
    );
    // The walk's quick test lets every page with the notice through, in any letter case.
    expect(mayShowRenderMisuse(html)).toBe(true);
    expect(mayShowRenderMisuse(html.toUpperCase())).toBe(true);
    expect(hasRenderMisuse(parseHtml(html.toUpperCase()))).toBe(true);
    expect(hasRenderMisuse(parseHtml('<main><p>Body A</p></main>'))).toBe(false);
    expect(mayShowRenderMisuse('<p>Body A</p>')).toBe(false);
  });

  test('renders bodies as MDX: components and inline HTML become HTML', async () => {
    const root = project({
      'content/papers/a/en.mdx':
        '---\ntitle: A\n---\n\nx<sup>2</sup> and $x$\n\n<Note>\nChecked by the editors.\n</Note>\n',
    });
    const c = context(root);
    await load(c);
    const html = await readRenderedHtml(c.store.get('a/en') as Entry);
    expect(html).toContain('x<sup>2</sup> and <span class="katex">');
    expect(html).toContain(
      '<div class="editor-note" role="note"><p class="editor-note-label">Editor’s note</p>',
    );
  });

  test('fails on a body MDX would run as code, naming the file and line', async () => {
    const root = project({
      'content/papers/a/en.mdx': '---\ntitle: A\n---\n\nText\n\n<Chart data={1} />\n',
    });
    await expect(load(context(root))).rejects.toThrow(
      /content\/papers\/a\/en\.mdx:7: <Chart>: the attribute data=\{1\} is an expression/,
    );
  });

  test('renders an unchanged entry again when its HTML file is gone or it has none (older store)', async () => {
    const root = project({ 'content/papers/a/en.mdx': '---\ntitle: A\n---\n\nBody\n' });
    const first = context(root);
    await load(first);
    rmSync(join(root, 'cache'), { recursive: true });
    const second = context(root, first.store);
    await load(second);
    expect(existsSync(htmlFileOf(second.store.get('a/en')) as string)).toBe(true);
    expect(await readRenderedHtml(second.store.get('a/en') as Entry)).toBe('<p>Body</p>');

    const old = context(
      root,
      new Map([
        ['a/en', { ...(second.store.get('a/en') as Entry), rendered: { html: '<p>Body</p>' } }],
      ]),
    );
    markHtmlFiles(root);
    await load(old);
    expect(await readRenderedHtml(old.store.get('a/en') as Entry)).toBe('<p>Body</p>');
  });

  test('removes the HTML files of edited and removed papers', async () => {
    const root = project({
      'content/papers/a/en.mdx': '---\ntitle: A\n---\n\nBody\n',
      'content/papers/b/en.mdx': '---\ntitle: B\n---\n\nBody B\n',
    });
    const first = context(root);
    await load(first);
    writeFileSync(join(root, 'content/papers/a/en.mdx'), '---\ntitle: A\n---\n\nNew body\n');
    rmSync(join(root, 'content/papers/b'), { recursive: true });
    const second = context(root, first.store);
    await load(second);
    const files = readdirSync(join(root, 'cache/rendered/papers'));
    expect(files).toHaveLength(1);
    expect(await readRenderedHtml(second.store.get('a/en') as Entry)).toBe('<p>New body</p>');
  });

  test('reads files with a byte-order mark and CRLF line endings', async () => {
    const root = project({
      'content/papers/a/en.mdx': '\uFEFF---\r\ntitle: A\r\n---\r\n\r\nBody\r\n',
    });
    const c = context(root);
    await load(c);
    expect(c.store.get('a/en')?.data).toEqual({ title: 'A' });
    expect(c.store.get('a/en')?.body).not.toMatch(/\r/);
  });

  test('keeps unchanged entries without rendering them again and drops removed files', async () => {
    const root = project({
      'content/papers/a/en.mdx': '---\ntitle: A\n---\n\nBody\n',
      'content/papers/b/en.mdx': '---\ntitle: B\n---\n\nBody B\n',
    });
    const first = context(root);
    await load(first);
    markHtmlFiles(root);
    rmSync(join(root, 'content/papers/b'), { recursive: true });
    const second = context(root, first.store);
    await load(second);
    expect(await readRenderedHtml(second.store.get('a/en') as Entry)).toBe('KEPT');
    expect([...second.store.keys()]).toEqual(['a/en']);
  });
});
