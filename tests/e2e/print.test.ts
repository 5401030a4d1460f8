/**
 * Printing: a paper page (and the home page) prints as a clean handout. Under print media,
 * even when the reader's screen is dark, the page is light, the site navigation, search, table
 * of contents and copy buttons are hidden, link targets are written out and tables are kept
 * whole. Runs against the production build (dist/, or E2E_DIST_DIR).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { settle, site, trackRequests, useSite } from '../support/site';

useSite();

async function printPage(path: string): Promise<Page> {
  const page = await site.browser.context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  trackRequests(page);
  await page.goto(site.url(path), { waitUntil: 'load' });
  await settle(page);
  return page;
}

/** Relative luminance of a CSS rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? [])
    .map(Number)
    .map((v) => v / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.each([
  '/papers/pu-diffusion-models/',
  '/en/papers/wavelet-positional-representation/',
  '/',
])('printing %s', (path) => {
  // One load per page: the tests below only read it.
  let page: Page;
  beforeAll(async () => {
    page = await printPage(path);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('hides the navigation, search, table of contents and copy buttons', async () => {
    for (const selector of [
      '.site-header',
      'nav[aria-label]',
      '.search-trigger',
      '.toc',
      '.pager',
      '.copy-button',
      '.anchor-link',
    ]) {
      const visible = await page.$$eval(
        selector,
        (els) => els.filter((el) => el.getClientRects().length > 0).length,
      );
      expect(visible, selector).toBe(0);
    }
  });

  test('lays out every section, not only those near the screen', async () => {
    const deferred = await page.$$eval(
      '.paper-body > section, .home > section',
      (els) =>
        els.filter((el) => {
          const style = getComputedStyle(el);
          return style.contentVisibility !== 'visible' || style.overflow !== 'visible';
        }).length,
    );
    expect(deferred).toBe(0);
  });

  test('is light with dark text even when the screen scheme is dark', async () => {
    const colors = await page.evaluate(() => {
      const s = (el: Element) => getComputedStyle(el);
      return {
        html: s(document.documentElement).backgroundColor,
        body: s(document.body).backgroundColor,
        text: s(document.body).color,
        main: s(document.querySelector('main') as Element).color,
      };
    });
    for (const bg of [colors.html, colors.body])
      expect(bg === 'rgba(0, 0, 0, 0)' || luminance(bg) > 0.9, bg).toBe(true);
    expect(luminance(colors.text)).toBeLessThan(0.05);
    expect(luminance(colors.main)).toBeLessThan(0.05);
  });

  test('writes out link targets and keeps tables from splitting across pages', async () => {
    const after = await page.$eval('main a[href^="http"]', (a) => [
      getComputedStyle(a, '::after').content,
      a.getAttribute('href'),
    ]);
    expect(after[0]).toContain(after[1] as string);
    const breaks = await page.$$eval('main table', (ts) =>
      ts.map((t) => getComputedStyle(t).breakInside),
    );
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  });
});

test('a paper page prints to a PDF', async () => {
  const page = await printPage('/papers/test-time-adaptation-regression/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
});
