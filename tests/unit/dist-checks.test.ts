/**
 * Checks over the built site (src/integrations/dist-pages.ts), run on a tiny fixture "dist" folder.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { findKatexErrors, hasKatexError, htmlFiles } from '../../src/integrations/dist-pages';

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
