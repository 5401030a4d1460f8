/**
 * Page-weight budgets (tests/support/budgets.ts) on every built page: each page is loaded cold in
 * Chromium from `dist/` served with brotli, as a CDN would, and what it transferred is measured
 * on the wire. A failure names the page and the figure over budget.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  budgetViolations,
  isPaperPage,
  paperPageViolations,
  PHONE_VIEWPORT,
  totals,
} from '../support/budgets';
import { htmlFiles } from '../../src/integrations/built-pages';
import { launch, type Browser } from '../support/browser';
import { closeAfterTest, DESKTOP, DIST, openSite, requireBuild, type Site } from '../support/site';
import { measurePage, pagePath } from '../support/page-weight';

requireBuild();
const PAGES = (await htmlFiles(DIST)).map(pagePath);

let site: Site;
beforeAll(async () => {
  site = await openSite({ viewport: DESKTOP }, { compress: true });
});
afterAll(async () => {
  await site?.close();
});

describe.each(PAGES)('%s', (path) => {
  test('stays within its page-weight budgets on a cold load', async () => {
    const page = closeAfterTest(await site.browser.context.newPage());
    const weight = await measurePage(page, site.url(path), path);
    // The measurement itself is sane: it is of the page named, and the page and its stylesheet
    // came over the wire, compressed.
    expect(new URL(page.url()).pathname).toBe(path);
    expect(weight.requests.html).toBe(1);
    expect(weight.requests.css).toBeGreaterThan(0);
    const { bytes } = totals(weight);
    expect(bytes).toBeGreaterThan(1024);
    if (weight.hasMath)
      expect(weight.katexFontBytes, 'a page with math loads KaTeX fonts').toBeGreaterThan(0);
    expect(budgetViolations(weight), `loaded: ${weight.urls.join(', ')}`).toEqual([]);
    // Search (its engine, within the JavaScript budget above, and its index) loads only when
    // the reader searches.
    expect(weight.urls.filter((u) => u.includes('/search-index/'))).toEqual([]);
  });
});

describe('paper pages at phone width', () => {
  let phone: Browser;
  beforeAll(async () => {
    phone = await launch({ viewport: PHONE_VIEWPORT });
  });
  afterAll(async () => {
    await phone?.close();
  });

  test.each(PAGES.filter(isPaperPage))(
    '%s stays within the paper-page budget before fonts',
    async (path) => {
      const page = closeAfterTest(await phone.context.newPage());
      const weight = await measurePage(page, site.url(path), path);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(weight.requests.html).toBe(1);
      expect(paperPageViolations(weight), `loaded: ${weight.urls.join(', ')}`).toEqual([]);
    },
  );

  test('covers every paper in both editions', () => {
    expect(PAGES.filter(isPaperPage).length).toBeGreaterThanOrEqual(8);
  });
});

test("the pages measured include both editions' home and search pages", () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/en/', '/search/', '/en/search/']));
});
