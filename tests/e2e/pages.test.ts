/**
 * Pages of the production build in Chromium: on a desktop the societal-impact table of the home
 * and paper pages fits its column; a missing URL answers 404 with the 404 page; on a phone the
 * sections below the first screen are laid out on demand. (That every page loads cleanly and
 * only from its own origin is tests/e2e/a11y.test.ts, which loads each one for axe. A page's
 * <html lang> is tests/build/discovery.test.ts; its heading links beside what they point at,
 * topic chips and their lists, tests/build/dist.test.ts. Each page's fit on a 360 px screen is
 * tests/e2e/clipping.test.ts; its section ids, its tables' scroll regions, and math rendered
 * without a KaTeX error are tests/build/dist.test.ts; every formula shown is
 * tests/e2e/no-js.test.ts, and drawn in the build's KaTeX fonts tests/e2e/katex-fonts.test.ts;
 * that every #fragment link has its target is tests/build/links.test.ts, and that ids are
 * unique, html-validate's no-dup-id in tests/build/html-validate.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { launch, type Browser } from '../support/browser';
import {
  builtPages,
  contentSlugs,
  DESKTOP,
  page,
  paperPath,
  problems,
  settle,
  site,
  trackRequests,
  useSite,
} from '../support/site';
import {
  DEFERRED_SECTIONS,
  deferredSectionRendered,
  MATH_SECTION,
  revealDeferredSections,
} from '../support/deferred';

const PAGES = builtPages();
const PHONE = { width: 360, height: 740 };

useSite();

test.each(PAGES.filter((p) => p.kind === 'paper' || p.kind === 'home').map((p) => p.path))(
  '%s on a desktop: the societal-impact table fits its column whole, every column readable',
  async (path) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(site.url(path), { waitUntil: 'load' });
    await revealDeferredSections(page);
    const table = await page.locator('.impact-table').evaluate((el) => {
      const region = el.closest('.table-scroll')!;
      const widths = [...el.querySelectorAll('thead th')].map((th) =>
        Math.round(th.getBoundingClientRect().width),
      );
      return { scrollWidth: region.scrollWidth, clientWidth: region.clientWidth, widths };
    });
    expect(table.scrollWidth, 'the table scrolls sideways on a 1280 px screen').toBeLessThanOrEqual(
      table.clientWidth + 1,
    );
    expect(
      Math.min(...table.widths),
      `column widths ${table.widths.join(', ')} px`,
    ).toBeGreaterThanOrEqual(100);
  },
);

// Its <html lang>, heading and noindex are the built 404.html's: tests/build/discovery.test.ts.
describe('a URL that does not exist', () => {
  test.each(['/no-such-page/', '/papers/no-such-paper/'])(
    '%s answers 404 with the 404 page',
    async (path) => {
      problems.reset();
      const url = site.url(path);
      problems.allowedErrorUrls.add(url);
      const res = await page.goto(url, { waitUntil: 'load' });
      await settle(page);
      expect(res?.status()).toBe(404);
      const home = page.locator('main a', { hasText: dictionaries.ja['notFound.home'] });
      expect(await home.getAttribute('href')).toBe('/');
      expect(problems.summary()).toEqual({});
    },
  );
});

// On a phone only the first screen is laid out at load: every section after the first, of a
// paper page and of the home page, waits until the reader gets near it, and a paper's technical
// detail (all its math) fetches no KaTeX font until then. (That every page still fits a 360 px
// screen once all is laid out is tests/e2e/clipping.test.ts.)
describe.each([
  ...contentSlugs()
    .slice(0, 1)
    .flatMap((slug) => [paperPath('ja', slug), paperPath('en', slug)]),
  '/',
  '/en/',
])('%s on a phone: sections laid out on demand', (path) => {
  const paper = path.includes('/papers/');
  const sections = paper ? '.paper-body > section' : '.home > section';
  let phoneBrowser: Browser;
  let phone: Page;
  const katexFonts: string[] = [];

  beforeAll(async () => {
    // Its own browser profile: an empty cache, so every font request is seen.
    phoneBrowser = await launch({ viewport: PHONE });
    phone = await phoneBrowser.context.newPage();
    trackRequests(phone);
    phone.on('request', (r) => {
      if (r.resourceType() === 'font' && /KaTeX_/.test(r.url())) katexFonts.push(r.url());
    });
  });

  afterAll(async () => {
    await phoneBrowser?.close();
  });

  test('the first load lays out the first section only and fetches no math font', async () => {
    await phone.goto(site.url(path), { waitUntil: 'load' });
    await settle(phone);
    const count = await phone.locator(sections).count();
    expect(count).toBeGreaterThan(2);
    // Every section after the first is deferred; the last ones are screens away from the top.
    expect(await phone.locator(DEFERRED_SECTIONS).count()).toBe(count - 1);
    expect(await deferredSectionRendered(phone, `${sections}:last-of-type`)).toBe(false);
    expect(await deferredSectionRendered(phone, `${sections}:first-of-type`)).toBe(true);
    if (paper)
      expect(await deferredSectionRendered(phone), 'the technical detail is not rendered yet').toBe(
        false,
      );
    expect(katexFonts).toEqual([]);
  });

  test("scrolling renders every section, and a paper's math with KaTeX fonts", async () => {
    const count = await phone.locator(sections).count();
    expect(await revealDeferredSections(phone)).toBe(count - 1);
    expect(await deferredSectionRendered(phone, `${sections}:last-of-type`)).toBe(true);
    if (!paper) return;
    expect(await deferredSectionRendered(phone)).toBe(true);
    await settle(phone);
    expect(katexFonts.length, 'KaTeX fonts fetched once the math is near').toBeGreaterThan(0);
    const math = await phone.evaluate(() => {
      const visible = [...document.querySelectorAll('.details .katex')].filter(
        (el) => el.getBoundingClientRect().width > 0,
      ).length;
      const loaded = [...document.fonts].filter(
        (f) => f.family.replace(/["']/g, '').startsWith('KaTeX') && f.status === 'loaded',
      ).length;
      return { visible, loaded };
    });
    expect(math.visible).toBeGreaterThan(0);
    expect(math.loaded).toBeGreaterThan(0);
  });

  // The section clips its overflow (for tools that measure it while skipped): jumping into it
  // must scroll the page, never the section's own contents.
  if (paper)
    test.each(['details', 'results', 'limitations'])(
      'a link to #%s opens at that heading with the math rendered',
      async (id) => {
        await phone.goto(site.url(`${path}#${id}`), { waitUntil: 'load' });
        await settle(phone);
        const at = await phone.locator(MATH_SECTION).evaluate(
          (section, target) => ({
            top: document.getElementById(target)!.getBoundingClientRect().top,
            inner: [section.scrollTop, section.scrollLeft],
          }),
          id,
        );
        expect(await deferredSectionRendered(phone)).toBe(true);
        expect(at.inner, 'the section scrolled inside itself').toEqual([0, 0]);
        expect(at.top).toBeGreaterThanOrEqual(0);
        expect(at.top).toBeLessThan(PHONE.height / 4);
      },
    );
});
