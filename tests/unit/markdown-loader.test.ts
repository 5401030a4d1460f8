/**
 * The papers' loader (src/collections/loader.ts) with a stand-in loader context and the real
 * MDX pipeline: which files become entries, BOM/CRLF files, unchanged files kept from the store,
 * removed files dropped, each body's HTML kept in a file of the cache folder, and what Astro's
 * render(entry) gets; and reading that HTML back (src/collections/rendered-html.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { mdxBodyLoader } from '../../src/collections/loader';
import { fromHtml } from 'hast-util-from-html';
import {
  hasRenderMisuse,
  headingsOf,
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
      generateDigest: (s: string) => s,
    },
  };
}

const loader = mdxBodyLoader({
  base: './content/papers',
  match: (rel) => /^[^_/][^/]*\/(?:ja|en)\.mdx$/.test(rel),
  id: (rel) => rel.replace(/\.mdx$/, ''),
});
/** Runs the loader on the project at `root`, starting from `store`. */
async function load(root: string, store?: Map<string, Entry>) {
  const c = context(root, store);
  await loader.load(c.ctx as never);
  return c.store;
}
/** An edition file with this title and body. */
const mdx = (body: string, title = 'A') => `---\ntitle: ${title}\n---\n\n${body}\n`;
/** The HTML the loader kept for an entry. */
const htmlOf = (store: Map<string, Entry>, id = 'a/en') => readRenderedHtml(store.get(id) as Entry);

describe('mdxBodyLoader', () => {
  test('loads <slug>/{ja,en}.mdx (also with a byte-order mark and CRLF line endings), skips drafts and other files, renders each body as MDX into a file of the cache folder; headings stay in the store', async () => {
    const root = project({
      'content/papers/a/ja.mdx': '\uFEFF---\r\ntitle: A\r\n---\r\n\r\nBody A\r\n',
      'content/papers/a/en.mdx': mdx(
        '## Method\n\nBody A, x<sup>2</sup> and $x$\n\n<Note>\nChecked by the editors.\n</Note>',
        'A en',
      ),
      'content/papers/a/paper.yaml': 'order: 1\n',
      'content/papers/_draft/ja.mdx': mdx('Draft', 'D'),
    });
    const store = await load(root);
    expect([...store.keys()].sort()).toEqual(['a/en', 'a/ja']);
    expect(store.get('a/ja')).toMatchObject({
      data: { title: 'A' },
      filePath: 'content/papers/a/ja.mdx',
    });
    expect(store.get('a/ja')?.body).not.toMatch(/\r/);
    expect(await htmlOf(store, 'a/ja')).toBe('<p><span lang="en">Body A</span></p>');
    const entry = store.get('a/en') as Entry;
    expect(htmlFileOf(entry)?.startsWith(join(root, 'cache/rendered/papers/'))).toBe(true);
    const html = await htmlOf(store);
    expect(html).toContain('<h3 id="method">Method</h3>');
    // Components and inline HTML become HTML.
    expect(html).toContain('<p>Body A, x<sup>2</sup> and <span class="katex">');
    expect(html).toContain(
      '<div class="editor-note" role="note"><p class="editor-note-label">Editor’s note</p>',
    );
    expect(headingsOf(entry)).toEqual([{ depth: 3, slug: 'method', text: 'Method' }]);
  });

  test('render(entry) gets a visible notice the build refuses, never an empty body', async () => {
    const store = await load(project({ 'content/papers/a/en.mdx': mdx('Body A') }));
    const html = store.get('a/en')?.rendered?.html ?? '';
    expect(html).toBe(RENDER_MISUSE_HTML);
    expect(html).toMatch(/loadPaperBody\(entry\)/);
    expect(hasRenderMisuse(fromHtml(html))).toBe(true);
    expect(hasRenderMisuse(fromHtml(await htmlOf(store)))).toBe(false);
    // The walk's quick test lets every page with the notice through, in any letter case.
    expect(mayShowRenderMisuse(html)).toBe(true);
    expect(mayShowRenderMisuse(html.toUpperCase())).toBe(true);
    expect(hasRenderMisuse(fromHtml(html.toUpperCase()))).toBe(true);
    expect(hasRenderMisuse(fromHtml('<main><p>Body A</p></main>'))).toBe(false);
    expect(mayShowRenderMisuse('<p>Body A</p>')).toBe(false);
  });

  test('fails on a body MDX would run as code, naming the file and line', async () => {
    const root = project({ 'content/papers/a/en.mdx': mdx('Text\n\n<Chart data={1} />') });
    await expect(load(root)).rejects.toThrow(
      /content\/papers\/a\/en\.mdx:7: <Chart>: the attribute data=\{1\} is an expression/,
    );
  });

  test('renders an unchanged entry again when its HTML file is gone or it has none (older store)', async () => {
    const root = project({ 'content/papers/a/en.mdx': mdx('Body') });
    const first = await load(root);
    rmSync(join(root, 'cache'), { recursive: true });
    const second = await load(root, first);
    expect(existsSync(htmlFileOf(second.get('a/en')) as string)).toBe(true);
    expect(await htmlOf(second)).toBe('<p>Body</p>');

    const older = { ...(second.get('a/en') as Entry), rendered: { html: '<p>Body</p>' } };
    markHtmlFiles(root);
    expect(await htmlOf(await load(root, new Map([['a/en', older]])))).toBe('<p>Body</p>');
  });

  test.each([
    ['markdown', true],
    ['figures', true],
    ['content', true],
    ['site', true],
    ['i18n', true],
    ['pages', false],
  ])('a change under src/%s/ renders every body again: %s', async (folder, again) => {
    const root = project({ 'content/papers/a/en.mdx': mdx('Body'), [`src/${folder}/x.ts`]: 'a' });
    const first = await load(root);
    markHtmlFiles(root);
    writeFileSync(join(root, `src/${folder}/x.ts`), 'a changed module');
    expect(await htmlOf(await load(root, first))).toBe(again ? '<p>Body</p>' : 'KEPT');
  });

  test('keeps unchanged entries without rendering them again; renders edited ones; drops removed ones and their HTML files', async () => {
    const root = project({
      'content/papers/a/en.mdx': mdx('Body'),
      'content/papers/b/en.mdx': mdx('Body B', 'B'),
      'content/papers/c/en.mdx': mdx('Body C', 'C'),
    });
    const first = await load(root);
    markHtmlFiles(root);
    writeFileSync(join(root, 'content/papers/a/en.mdx'), mdx('New body'));
    rmSync(join(root, 'content/papers/b'), { recursive: true });
    const second = await load(root, first);
    expect([...second.keys()].sort()).toEqual(['a/en', 'c/en']);
    expect(await htmlOf(second)).toBe('<p>New body</p>');
    expect(await htmlOf(second, 'c/en')).toBe('KEPT');
    // The old files of a and b are gone.
    expect(readdirSync(join(root, 'cache/rendered/papers'))).toHaveLength(2);
  });
});

describe('rendered HTML files', () => {
  test('an entry without a file or headings has neither', () => {
    expect(htmlFileOf({ id: 'y', rendered: { metadata: {} } })).toBeUndefined();
    expect(htmlFileOf(undefined)).toBeUndefined();
    expect(headingsOf({ id: 'y' })).toEqual([]);
  });

  test('fails naming the entry when it has no file or the file is gone', async () => {
    await expect(readRenderedHtml({ id: 'y/en' })).rejects.toThrow(
      /"y\/en" has no rendered HTML file/,
    );
    await expect(
      readRenderedHtml({
        id: 'z/ja',
        rendered: { metadata: { htmlFile: join(project({}), 'gone.html') } },
      }),
    ).rejects.toThrow(/"z\/ja": its rendered HTML .*gone\.html cannot be read/);
  });
});
