/**
 * The one walk over the built site (src/integrations/built-pages.ts) and the KaTeX error step it
 * feeds, run on a tiny fixture "dist" folder.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles, walkPages, type PageStep } from '../../src/integrations/built-pages';
import { pageFacts } from '../../src/integrations/page-reader';
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
    expect(hasKatexError(fromHtml(html))).toBe(expected);
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
  /** What each step was handed, in order. */
  const recorder =
    (seen: string[]) =>
    (name: string): PageStep => ({
      name,
      page: (facts) => {
        seen.push(
          `${name} ${facts.file} error=${facts.katexError} faces=${facts.glyphs.map(([f]) => f).join(',')}`,
        );
      },
      done: async () => undefined,
    });

  test.each([
    ['on the calling thread', undefined],
    ['in worker threads', 1],
  ])(
    'hands the facts of every page that has any to every step, in file order, %s',
    async (_, workerPages) => {
      const seen: string[] = [];
      const step = recorder(seen);
      expect(await walkPages(SAMPLE, [step('a'), step('b')], workerPages)).toBe(3);
      // index.html has no formula, no error markup and no render(entry) notice: nothing to hand.
      // en/index.html only names the class in prose: read, but no error found in its tree.
      expect(seen).toEqual([
        'a en/index.html error=false faces=',
        'b en/index.html error=false faces=',
        'a papers/broken/index.html error=true faces=',
        'b papers/broken/index.html error=true faces=',
      ]);
    },
  );
});

describe('the walk outside the bundle', () => {
  test('loads in plain Node, as scripts/bench.ts and the worker threads load it', () => {
    const modules = ['built-pages.ts', 'page-reader.ts'].map((name) =>
      fileURLToPath(new URL(`../../src/integrations/${name}`, import.meta.url)),
    );
    const script = modules.map((m) => `await import(${JSON.stringify(m)});`).join('');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('pageFacts', () => {
  test('reads formulas and their fonts', async () => {
    const html =
      '<!DOCTYPE html><html><body><span class="katex"><span class="katex-html"><span class="mord">=</span></span></span></body></html>';
    expect(await pageFacts('x/index.html', html)).toEqual({
      file: 'x/index.html',
      katexError: false,
      renderMisuse: false,
      glyphs: [['KaTeX_Main-Regular', '=']],
    });
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
    const facts = await pageFacts(
      'index.html',
      '<span class="katex"><span class="katex-html">x</span></span>',
    );
    if (facts) step.page(facts);
    await expect(step.done(SAMPLE, logger)).resolves.toBeUndefined();
  });
});
