/**
 * axe-core over every built page (both editions, search and 404 included) against WCAG 2.2 AA,
 * in the light and the dark color scheme, plus the search page with results on screen.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchPagePath, waitForSearch } from '../support/search-page';
import { builtPages, openSite, type Site } from '../support/site';
import { deferredSectionRendered, revealDeferredSections } from '../support/deferred';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = builtPages();
const SCHEMES = ['light', 'dark'] as const;

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite({ viewport: { width: 1280, height: 800 } });
  page = await site.browser.context.newPage();
});

afterAll(async () => {
  await site?.close();
});

/** Runs axe on the current page; returns a readable list of violations ("" when none). */
async function axeViolations(): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
        )
        .join('\n');
      return `  ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

async function open(path: string): Promise<void> {
  await page.goto(site.url(path), { waitUntil: 'load' });
  // The technical detail is laid out only near the viewport: axe checks it rendered, as a reader sees it.
  await revealDeferredSections(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const scheme of SCHEMES) {
  describe(`${scheme} color scheme`, () => {
    beforeAll(async () => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test.each(PAGES.map((p) => p.path))('%s has no WCAG 2.2 AA violations', async (path) => {
      await open(path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      );
      const report = await axeViolations();
      expect(report, `axe violations on ${page.url()} (${scheme}):\n${report}`).toBe('');
    });

    for (const [lang, query] of [
      ['ja', '拡散モデル'],
      ['en', 'diffusion'],
    ] as const) {
      test(`${searchPagePath(lang)} with results for “${query}” has no WCAG 2.2 AA violations`, async () => {
        await open(`${searchPagePath(lang)}?q=${encodeURIComponent(query)}`);
        const outcome = await waitForSearch(page, lang, query);
        expect(
          outcome.hrefs.length,
          `search results shown (status: “${outcome.status}”)`,
        ).toBeGreaterThan(0);
        const report = await axeViolations();
        expect(report, `axe violations on ${page.url()} (${scheme}):\n${report}`).toBe('');
      });
    }
  });
}

describe('phone width (360 px)', () => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 780 });
  });
  afterAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // Formulas and tables scroll sideways only on narrow screens, so axe must see them there too.
  test.each(
    PAGES.filter(
      (p) => p.path === '/' || p.path === '/en/' || /\/papers\/(?!page\/)[^/]+\/$/.test(p.path),
    ).map((p) => p.path),
  )('%s has no WCAG 2.2 AA violations', async (path) => {
    await open(path);
    const report = await axeViolations();
    expect(report, `axe violations on ${page.url()} at 360 px:\n${report}`).toBe('');
  });
});

// Lighthouse runs axe on the page as first loaded, with the technical detail still skipped (its
// contents then have placeholder geometry): no violation may come from that state either.
describe('paper pages as first loaded, before any scrolling (412 px, as Lighthouse mobile)', () => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 412, height: 823 });
  });
  afterAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test.each(PAGES.filter((p) => /\/papers\/(?!page\/)[^/]+\/$/.test(p.path)).map((p) => p.path))(
    '%s has no WCAG 2.2 AA violations',
    async (path) => {
      await page.goto(site.url(path), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await deferredSectionRendered(page), 'the technical detail is still skipped').toBe(
        false,
      );
      const report = await axeViolations();
      expect(report, `axe violations on ${page.url()} as first loaded:\n${report}`).toBe('');
    },
  );
});
