/**
 * Checks over the built site (src/integrations/dist-pages.ts, the content guard's after-build
 * hook), run on a tiny fixture "dist" folder.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { hasRenderMisuse, RENDER_MISUSE_HTML } from '../../src/content/rendered-html';
import { contentGuard } from '../../src/integrations/content-guard';
import {
  findKatexErrors,
  findPages,
  hasKatexError,
  htmlFiles,
} from '../../src/integrations/dist-pages';

const SAMPLE = fileURLToPath(new URL('../fixtures/dist-sample/', import.meta.url));

describe('hasKatexError', () => {
  test.each([
    ['KaTeX error markup', '<span class="katex-error" title="ParseError">\\frac{</span>', true],
    ['the class among others', '<span class="foo katex-error bar">x</span>', true],
    ['the class last', '<span class="x katex-error">x</span>', true],
    [
      'a page with the markup after other elements',
      '<main><p>ok</p><p><span class="katex-error">\\oops</span></p></main>',
      true,
    ],
    [
      'clean KaTeX output',
      '<span class="katex"><span class="katex-mathml"><math></math></span><span class="katex-html" aria-hidden="true"></span></span>',
      false,
    ],
    ['the words in prose', '<p>A katex-error class marks a bad formula.</p>', false],
    ['a longer class name', '<span class="katex-errors">x</span>', false],
    ['an empty page', '', false],
  ])('is right for %s', (_, html, expected) => {
    expect(hasKatexError(html)).toBe(expected);
  });
});

describe('htmlFiles', () => {
  test('lists every HTML file with paths relative to the folder, sorted', async () => {
    expect(await htmlFiles(SAMPLE)).toEqual([
      'en/index.html',
      'index.html',
      'papers/broken/index.html',
    ]);
  });
});

describe('findKatexErrors', () => {
  test('names only the pages with KaTeX error markup', async () => {
    expect(await findKatexErrors(SAMPLE)).toEqual(['papers/broken/index.html']);
  });
});

describe("the build refuses a page that shows a paper through Astro's render(entry)", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A built site: the fixture's pages plus one more page with `html`. */
  function site(html: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    dirs.push(dir);
    cpSync(SAMPLE, dir, { recursive: true });
    mkdirSync(join(dir, 'papers/x'), { recursive: true });
    writeFileSync(join(dir, 'papers/x/index.html'), `<main>${html}</main>`);
    return dir;
  }
  const buildDone = (dir: string) => {
    const hook = contentGuard({ contentDir: 'content', label: 'content' }).hooks[
      'astro:build:done'
    ] as (o: unknown) => Promise<void>;
    return hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined } });
  };

  test('findPages walks the pages once for several checks', async () => {
    const dir = site(RENDER_MISUSE_HTML);
    expect(await findPages(dir, { katex: hasKatexError, misuse: hasRenderMisuse })).toEqual({
      katex: ['papers/broken/index.html'],
      misuse: ['papers/x/index.html'],
    });
  });

  test('the notice render(entry) shows fails the build, naming the page and loadPaperBody', async () => {
    await expect(buildDone(site(RENDER_MISUSE_HTML))).rejects.toThrow(
      /These pages show a paper through Astro's render\(entry\).*: papers\/x\/index\.html/,
    );
    await expect(buildDone(site(RENDER_MISUSE_HTML))).rejects.toMatchObject({
      hint: expect.stringMatching(/loadPaperBody\(entry\)/) as unknown,
    });
  });

  test('a page with the real body passes this check', async () => {
    // The fixture's broken page still fails, for its KaTeX error, not for render(entry).
    await expect(buildDone(site('<p>The body.</p>'))).rejects.toThrow(/KaTeX could not render/);
  });
});
