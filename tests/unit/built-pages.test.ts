/**
 * The one walk over the built site (src/integrations/built-pages.ts) and the KaTeX error step it
 * feeds, run on a tiny fixture "dist" folder.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { htmlFiles, parseHtml, walkPages, type PageStep } from '../../src/integrations/built-pages';
import { katexErrorCheck } from '../../src/integrations/content-guard';
import { hasKatexError } from '../../src/markdown/katex-glyphs';

const SAMPLE = fileURLToPath(new URL('../fixtures/dist-sample/', import.meta.url));
const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;

describe('hasKatexError', () => {
  test.each([
    ['KaTeX error markup', '<span class="katex-error" title="ParseError">\\frac{</span>', true],
    ['the class among others', '<span class="foo katex-error bar">x</span>', true],
    ['the class last', "<span class='x katex-error'>x</span>", true],
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
    ['the markup quoted in a script', '<script>"<span class=\\"katex-error\\">"</script>', false],
    ['a longer class name', '<span class="katex-errors">x</span>', false],
    ['an empty page', '', false],
  ])('is right for %s', (_, html, expected) => {
    expect(hasKatexError(parseHtml(html))).toBe(expected);
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

describe('walkPages', () => {
  test('hands every page, parsed once, to every step in order', async () => {
    const seen: string[] = [];
    const step = (name: string): PageStep => ({
      name,
      page: (file, tree) => {
        seen.push(`${name} ${file} ${tree.type}`);
      },
      done: async () => undefined,
    });
    expect(await walkPages(SAMPLE, [step('a'), step('b')])).toBe(3);
    expect(seen).toEqual([
      'a en/index.html root',
      'b en/index.html root',
      'a index.html root',
      'b index.html root',
      'a papers/broken/index.html root',
      'b papers/broken/index.html root',
    ]);
  });
});

describe('walkPages with steps that want only some pages', () => {
  test('hands a step only the pages it wants, and parses no page that no step wants', async () => {
    const seen: string[] = [];
    const step = (name: string, marker: string): PageStep => ({
      name,
      wants: (html) => html.includes(marker),
      page: (file) => {
        seen.push(`${name} ${file}`);
      },
      done: async () => undefined,
    });
    // The quick test may let through a page that only names the class in prose (en/index.html):
    // the step then finds nothing in its tree. A page the test rules out is never handed over.
    expect(await walkPages(SAMPLE, [step('errors', 'katex-error'), step('none', '\u0000')])).toBe(
      3,
    );
    expect(seen).toEqual(['errors en/index.html', 'errors papers/broken/index.html']);
  });
});

describe('katexErrorCheck', () => {
  test('fails naming only the pages with KaTeX error markup', async () => {
    const step = katexErrorCheck();
    await walkPages(SAMPLE, [step]);
    await expect(step.done(SAMPLE, logger)).rejects.toThrow(
      /could not render: papers\/broken\/index\.html$/,
    );
  });

  test('passes a site without error markup', async () => {
    const step = katexErrorCheck();
    step.page(
      'index.html',
      parseHtml('<span class="katex"><span class="katex-html">x</span></span>'),
    );
    await expect(step.done(SAMPLE, logger)).resolves.toBeUndefined();
  });
});
