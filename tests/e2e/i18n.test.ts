/**
 * The two editions in Chromium: the header's language switch leads to the same page in the other
 * language (keeping the #section being read). (The head's alternates, and the 404 pages kept out
 * of search engines, are checked in tests/build/discovery.test.ts.)
 */
import type { Response } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import {
  builtPages,
  contentSlugs,
  counterpartPath,
  type Lang,
  page,
  paperPath,
  problems,
  site,
  useSite,
} from '../support/site';

const PAGES = builtPages();
const BUILT = new Set(PAGES.map((p) => p.path));
const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

useSite();

/**
 * Clicks the header's language switch and returns the response of the page it opens, once that
 * page has loaded. (Waiting for the response and then for `load` is not enough: until the new
 * document commits, the old one is the page, and its `load` has long fired. Chromium scrolls to a
 * #fragment only at the new page's `load`, so reading geometry before it races the scroll.)
 */
async function clickSwitch(): Promise<Response> {
  const from = page.url();
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame(),
    ),
    page.waitForURL((url) => url.href !== from, { waitUntil: 'load' }),
    page.click('header a[data-lang-switch]'),
  ]);
  return response;
}

describe.each(PAGES)('$path', (info) => {
  beforeAll(async () => {
    problems.reset();
    await page.goto(site.url(info.path), { waitUntil: 'load' });
  });

  test('the language switch opens the same page in the other language', async () => {
    const to = other(info.lang);
    const link = page.locator('header a[data-lang-switch]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('hreflang')).toBe(to);
    expect(await link.getAttribute('lang')).toBe(to);

    const response = await clickSwitch();
    const landed = new URL(page.url());
    expect(await page.getAttribute('html', 'lang')).toBe(to);
    if (info.kind === 'not-found') {
      // The 404 pages lead to the other edition's 404 page, as a page of the build (not via the
      // host's not-found fallback, which answers with HTTP 404).
      expect((await page.textContent('h1'))?.trim()).toBe(dictionaries[to]['notFound.title']);
      expect(
        BUILT.has(landed.pathname),
        `${landed.pathname} is a built page (built: ${[...BUILT].filter((p) => p.includes('404')).join(', ')})`,
      ).toBe(true);
    } else {
      expect(landed.pathname + landed.hash).toBe(counterpartPath(info.path));
    }
    expect(response.status(), `status of ${landed.pathname}`).toBe(200);
    expect(problems.summary()).toEqual({});
  });
});

describe('switching language keeps the section being read', () => {
  const cases = contentSlugs().flatMap((slug) => [
    { from: 'ja' as Lang, slug, hash: '#method' },
    { from: 'en' as Lang, slug, hash: '#results' },
  ]);

  test.each(cases)('$from $slug $hash', async ({ from, slug, hash }) => {
    const to = other(from);
    await page.goto(site.url(`${paperPath(from, slug)}${hash}`), { waitUntil: 'load' });
    await clickSwitch();
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(paperPath(to, slug));
    expect(landed.hash).toBe(hash);
    expect(await page.getAttribute('html', 'lang')).toBe(to);
    // The browser scrolled to the section: its heading is in the upper part of the window.
    const top = await page.evaluate(
      (id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      hash.slice(1),
    );
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(400);
  });

  test('without a #fragment the switch adds none', async () => {
    const slug = contentSlugs()[0]!;
    await page.goto(site.url(paperPath('ja', slug)), { waitUntil: 'load' });
    await clickSwitch();
    expect(page.url()).toBe(site.url(paperPath('en', slug)));
  });
});
