/**
 * What a reader sees before scrolling (production build, Chromium), on a 390×844 phone and a
 * 1280×900 desktop: the home page's first link to a paper, and a paper page's arXiv link, lie on
 * the first screen in both editions. (The table of contents, a disclosure closed on the phone and
 * open on the desktop: tests/e2e/reading.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { settledFrame } from '../support/deferred';
import { contentSlugs, paperPath, site, useSite, type Lang } from '../support/site';

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;
const LANGS: Lang[] = ['ja', 'en'];
const PAPER_HREF = String.raw`^(?:/en)?/papers/[^/]+/$`;
const ARXIV_HREF = '^https://arxiv\\.org/abs/';

useSite();

/**
 * The place of the first link in <main> whose href (its path, for a link on the site) matches
 * `pattern`, once the page's fonts have loaded and the page has settled (so a late layout shift
 * cannot pass unseen). Throws when there is no such link.
 */
async function firstLinkBox(page: Page, pattern: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settledFrame(page);
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find((a) =>
      re.test(a.origin === location.origin ? a.pathname : a.href),
    );
    if (!link) throw new Error(`no link matching ${source}`);
    const r = link.getBoundingClientRect();
    return {
      top: r.top,
      height: r.height,
      href: link.getAttribute('href') ?? '',
      scrollY,
      vh: innerHeight,
    };
  }, pattern);
}

// The home page's first link to a paper, and each paper page's arXiv link.
const FIRST_LINKS = LANGS.flatMap((lang) => [
  { path: lang === 'ja' ? '/' : '/en/', pattern: PAPER_HREF },
  ...contentSlugs().map((slug) => ({ path: paperPath(lang, slug), pattern: ARXIV_HREF })),
]);

describe.each(SIZES)('on a %s', (_name, viewport) => {
  test.each(FIRST_LINKS)(
    '$path: the first link matching $pattern is on the first screen',
    async ({ path, pattern }) => {
      const page = await site.open(path, viewport);
      const box = await firstLinkBox(page, pattern);
      expect(box.scrollY).toBe(0);
      expect(box.vh).toBe(viewport.height);
      expect(box.height).toBeGreaterThan(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top, `${box.href} is ${box.top} px down`).toBeLessThan(viewport.height);
    },
  );
});
