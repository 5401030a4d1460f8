/**
 * Reading a paper page in Chromium (production build): the table of contents marks the section
 * being read (and nothing without JavaScript, where it is a disclosure closed on a phone and open
 * on a desktop), numbered equations and tables open at their
 * anchors, the same in both editions, best values are marked by more than colour, and wide tables
 * use the room beside the text on a wide desktop. (That no page scrolls sideways at 360 px is
 * tests/e2e/clipping.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openSite, paperPath, site, useSite, type Lang, type Site } from '../support/site';
import { revealDeferredSections } from '../support/deferred';

const WAVE = 'wavelet-positional-representation';
const LANGS: Lang[] = ['ja', 'en'];

useSite();
let noJs: Site;

beforeAll(async () => {
  noJs = await openSite({ javaScriptEnabled: false, viewport: DESKTOP });
});

afterAll(async () => {
  await noJs?.close();
});

const current = (page: Page) =>
  page.$$eval('.toc a[aria-current]', (as) =>
    as.map((a) => `${a.getAttribute('href')}=${a.getAttribute('aria-current')}`),
  );

describe('table of contents', () => {
  test.each(LANGS)('marks the section being read as the reader scrolls (%s)', async (lang) => {
    const page = await site.open(paperPath(lang, WAVE));
    for (const id of ['significance', 'method', 'results', 'metadata']) {
      await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView());
      await page.waitForFunction(
        (want) => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === want,
        `#${id}`,
        { timeout: 5000 },
      );
      expect(await current(page)).toEqual([`#${id}=true`]);
    }
    const marked = page.locator('.toc a[aria-current]');
    expect(
      await marked.evaluate((a) => Number.parseInt(getComputedStyle(a).fontWeight, 10)),
    ).toBeGreaterThanOrEqual(700);
  });

  test('without JavaScript is the same list, with nothing marked', async () => {
    const path = paperPath('ja', WAVE);
    const withJs = await site.open(path);
    const without = await noJs.open(path);
    // Scrolled to, and stable over two painted frames (Playwright checks that in its own
    // script world, which runs with the page's JavaScript off).
    await without.locator('#method').scrollIntoViewIfNeeded();
    const hrefs = (p: Page) =>
      p.$$eval('.toc a', (as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
    expect(await hrefs(without)).toEqual(await hrefs(withJs));
    expect(await current(without)).toEqual([]);
  });

  /** Whether the toc's summary, heading and first link are drawn (a closed disclosure's content is not). */
  const shown = (page: Page) =>
    page.evaluate(() => {
      const drawn = (sel: string) => {
        const el = document.querySelector(`.toc ${sel}`);
        if (!el) throw new Error(`no .toc ${sel}`);
        return el.checkVisibility();
      };
      return { summary: drawn('summary'), link: drawn('a'), heading: drawn('h2') };
    });

  test('without JavaScript, on a phone is closed, its summary drawn, and opens on a tap', async () => {
    const page = await noJs.open(paperPath('ja', WAVE), { width: 390, height: 844 });
    expect(await shown(page)).toEqual({ summary: true, link: false, heading: false });
    await page.locator('.toc summary').click();
    expect((await shown(page)).link).toBe(true);
  });

  test('without JavaScript, on a desktop is open beside the text, with its heading and no summary', async () => {
    const page = await noJs.open(paperPath('ja', WAVE), { width: 1280, height: 900 });
    expect(await shown(page)).toEqual({ summary: false, link: true, heading: true });
    const box = await page.locator('.toc a').first().boundingBox();
    const text = await page.locator('.paper-header').boundingBox();
    expect(box && text && box.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
  });
});

// Their anchors, numbered in order and the same in both editions: tests/build/dist.test.ts; the
// number each shows ("(3)", "表1", "Table 1"): tests/unit/numbered-content.test.ts.
describe('numbered equations and tables', () => {
  test.each([
    ['ja', 'eq-3', '式(3)への直接リンク'],
    ['en', 'eq-3', 'Link to equation (3)'],
    ['ja', 'table-1', '表1への直接リンク'],
    ['en', 'table-1', 'Link to Table 1'],
  ] as const)(
    '%s #%s opens at the element, with a visible link to itself',
    async (lang, id, link) => {
      const page = await site.open(`${paperPath(lang, WAVE)}#${id}`);
      const target = page.locator(`#${id}`);
      await page.waitForFunction(
        (i) => {
          const r = document.getElementById(i)?.getBoundingClientRect();
          return r !== undefined && r.top >= 0 && r.top < 100;
        },
        id,
        { timeout: 5000 },
      );
      expect(await target.isVisible()).toBe(true);
      const self = target.getByRole('link', { name: link, exact: true });
      expect(await self.getAttribute('href')).toBe(`#${id}`);
      expect(await self.isVisible()).toBe(true);
    },
  );
});

describe('results tables', () => {
  test.each([
    ['ja', '（最良）', '低いほど良い'],
    ['en', ' (best)', 'Lower is better'],
  ] as const)(
    '%s: best values are bold with a word for screen readers, and the caption says which way is better',
    async (lang, word, better) => {
      const page = await site.open(paperPath(lang, WAVE));
      await revealDeferredSections(page);
      const table = page.locator('#table-1');
      expect(await table.locator('caption').textContent()).toContain(better);
      const best = await table.locator('td.best').evaluateAll((cells) =>
        cells.map((c) => ({
          text: c.textContent,
          weight: Number.parseInt(getComputedStyle(c.querySelector('strong') ?? c).fontWeight, 10),
          align: getComputedStyle(c).textAlign,
          figures: getComputedStyle(c).fontVariantNumeric,
        })),
      );
      // Paper 4's first table: the wavelet row is lowest at every length.
      expect(best.map((b) => b.text)).toEqual(
        ['19.19', '18.23', '18.00', '17.99'].map((n) => n + word),
      );
      for (const b of best) {
        expect(b.weight).toBeGreaterThanOrEqual(700);
        expect(b.align).toBe('right');
        expect(b.figures).toContain('tabular-nums');
      }
    },
  );
});

describe('layout', () => {
  test.each([
    [1280, 'ja'],
    [1440, 'ja'],
    [1440, 'en'],
  ] as const)(
    'at %i px wide tables use the room beside the text, clear of the table of contents and the edge (%s)',
    async (width, lang) => {
      const page = await site.open(paperPath(lang, WAVE), { width, height: 900 });
      await revealDeferredSections(page);
      const box = await page.evaluate(() => {
        const rect = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          if (!r) throw new Error(`no ${sel}`);
          return { left: r.left, right: r.right, width: r.width };
        };
        return {
          text: rect('.details > p'),
          impact: rect(
            '#societal-impact ~ .table-scroll, [aria-labelledby="societal-impact"] .table-scroll',
          ),
          results: rect('#table-1'),
          toc: rect('.paper > .toc'),
          viewport: document.documentElement.clientWidth,
          scroll: document.documentElement.scrollWidth,
        };
      });
      expect(box.scroll).toBeLessThanOrEqual(box.viewport);
      // The wide (four-column prose) table grows into the margin, right edge on the text's.
      expect(box.impact.width).toBeGreaterThan(box.text.width + 100);
      expect(box.impact.right).toBeCloseTo(box.text.right, 0);
      expect(box.impact.left).toBeGreaterThanOrEqual(16);
      expect(box.impact.right).toBeLessThan(box.toc.left);
      // A table that fits the column stays in it.
      expect(box.results.left).toBeCloseTo(box.text.left, 0);
      expect(box.results.right).toBeLessThan(box.toc.left);
    },
  );
});
