/**
 * Drives the site's search page (`<search-page>`: input#search-input, ol.search-results with
 * `a.result-title` links, p.search-status) for the browser tests.
 */
import type { Page } from 'playwright-core';
import { dictionaries } from '../../src/i18n';
import type { Lang } from './site';

export interface SearchOutcome {
  /** Text of the status line. */
  status: string;
  /** Absolute hrefs of the result titles, in order. */
  hrefs: string[];
}

export { searchPath as searchPagePath } from '../../src/site/routes';

/**
 * Waits until the page has finished searching for `query` (the "search the other edition for
 * “query”" link is filled in after the results) or says that search is unavailable, then
 * returns what it shows. Does not throw on timeout: callers assert on the outcome.
 */
export async function waitForSearch(
  page: Page,
  lang: Lang,
  query: string,
  timeout = 10_000,
): Promise<SearchOutcome> {
  const t = dictionaries[lang];
  const other = t['search.otherLang'].replace('{query}', query.trim());
  try {
    await page.waitForFunction(
      ({ other, unavailable }) => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        const link = document.querySelector<HTMLElement>('.search-other');
        return (
          status === unavailable ||
          (link !== null && !link.hidden && link.textContent?.trim() === other)
        );
      },
      { other, unavailable: t['search.unavailable'] },
      { timeout },
    );
  } catch {
    // Fall through: the caller's assertions report what the page shows.
  }
  const status = ((await page.textContent('.search-status')) ?? '').trim();
  const hrefs = await page.$$eval('ol.search-results a.result-title', (as) =>
    as.map((a) => (a as HTMLAnchorElement).href),
  );
  return { status, hrefs };
}

/** Clears the search box, types `query` like a reader, and waits for the results. */
export async function typeQuery(page: Page, lang: Lang, query: string): Promise<SearchOutcome> {
  const input = page.locator('#search-input');
  await input.fill('');
  await page.waitForFunction(
    () =>
      (document.querySelector('.search-status')?.textContent ?? '') === '' &&
      !document.querySelector('ol.search-results > li'),
  );
  await input.click();
  await page.keyboard.type(query);
  return waitForSearch(page, lang, query);
}
