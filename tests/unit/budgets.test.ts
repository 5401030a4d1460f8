import { describe, expect, test } from 'vitest';
import {
  BUDGETS,
  budgetViolations,
  emptyByKind,
  isPaperPage,
  paperPageViolations,
  resourceKind,
  type PageWeight,
} from '../support/budgets';

const KiB = 1024;
type WeightInput = Omit<Partial<PageWeight>, 'bytes' | 'requests'> & {
  bytes?: Partial<PageWeight['bytes']>;
  requests?: Partial<PageWeight['requests']>;
};
const weight = (over: WeightInput): PageWeight => ({
  page: '/x/',
  hasMath: false,
  katexFontBytes: 0,
  ...over,
  bytes: { ...emptyByKind(), ...over.bytes },
  requests: { ...emptyByKind(), html: 1, css: 1, ...over.requests },
});

describe('resourceKind', () => {
  test.each([
    ['http://h/a/', 'text/html', 'html'],
    ['http://h/_astro/x.css', 'text/css', 'css'],
    ['http://h/_astro/x.js', 'text/javascript', 'js'],
    ['http://h/search-index/ja/meta.json', 'application/json', 'other'],
    ['http://h/_astro/KaTeX_Main-Regular.x.woff2', 'font/woff2', 'font'],
    ['http://h/favicon.svg', 'image/svg+xml', 'image'],
    ['http://h/manifest.webmanifest', 'application/manifest+json', 'other'],
  ])('%s (%s) is %s', (url, mime, kind) => {
    expect(resourceKind(url, mime)).toBe(kind);
  });
});

describe('budgetViolations', () => {
  test('has none for a light page without math; names the page, the figure, the value and the budget', () => {
    expect(
      budgetViolations(weight({ bytes: { html: 6 * KiB, css: 3 * KiB, js: 1 * KiB } })),
    ).toEqual([]);
    expect(
      budgetViolations(weight({ page: '/en/', bytes: { html: 15 * KiB, css: 6 * KiB } })),
    ).toEqual(['/en/: bytes transferred is 21.0 KiB, over the budget of 20.0 KiB']);
  });

  test('a math page is judged before, on and with its KaTeX fonts', () => {
    const fonts = 18 * KiB;
    const ok = weight({
      hasMath: true,
      katexFontBytes: fonts,
      bytes: { html: 20 * KiB, css: 6 * KiB, font: fonts },
    });
    expect(budgetViolations(ok)).toEqual([]);
    const heavy = weight({
      hasMath: true,
      katexFontBytes: 26 * KiB,
      bytes: { html: 25 * KiB, css: 6 * KiB, font: 26 * KiB },
    });
    expect(budgetViolations(heavy)).toEqual([
      '/x/: bytes transferred before KaTeX fonts is 31.0 KiB, over the budget of 30.0 KiB',
      '/x/: KaTeX fonts is 26.0 KiB, over the budget of 25.0 KiB',
      '/x/: bytes transferred with KaTeX fonts is 57.0 KiB, over the budget of 54.0 KiB',
    ]);
  });

  test('JavaScript and request counts have budgets of their own', () => {
    const v = budgetViolations(
      weight({ bytes: { html: 5 * KiB, js: 6 * KiB }, requests: { js: BUDGETS.pageRequests } }),
    );
    expect(v).toContain('/x/: JavaScript on first load is 6.0 KiB, over the budget of 5.0 KiB');
    expect(v).toContain(
      `/x/: requests is ${BUDGETS.pageRequests + 2}, over the budget of ${BUDGETS.pageRequests}`,
    );
  });
});

describe('isPaperPage', () => {
  test.each([
    ['/papers/x/', true],
    ['/en/papers/wavelet-positional-representation/', true],
    ['/iclr2025/papers/x/', true],
    ['/papers/', false],
    ['/papers/page/2/', false],
    ['/en/tags/x/', false],
  ])('%s is %s', (path, expected) => expect(isPaperPage(path)).toBe(expected));
});

describe('paperPageViolations', () => {
  const paper = (html: number, font = 0) =>
    weight({
      page: '/en/papers/x/',
      hasMath: true,
      katexFontBytes: font,
      bytes: { html: html * KiB, css: 8 * KiB, font: font * KiB },
    });

  test('judges a paper page before all its fonts, against its own budget', () => {
    expect(paperPageViolations(paper(30, 80))).toEqual([]);
    expect(paperPageViolations(paper(33, 80))).toEqual([
      '/en/papers/x/: bytes transferred before fonts at phone width is 41.0 KiB, over the budget of 40.0 KiB',
    ]);
  });

  test('leaves paper pages out of the math-page budget, and other pages out of its own', () => {
    // 30 KiB of HTML and 8 of CSS: over the 30 KiB math-page budget, within the paper-page one.
    expect(budgetViolations(paper(30, 10))).toEqual([]);
    expect(paperPageViolations({ ...paper(60), page: '/glossary/' })).toEqual([]);
  });
});
