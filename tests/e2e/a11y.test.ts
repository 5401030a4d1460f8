/**
 * axe-core over every built page (both editions, search and 404 included) against WCAG 2.2 AA,
 * in the light and the dark color scheme, plus the search page with results on screen. Each page
 * is loaded and its deferred sections revealed once; axe then runs in the light scheme and again
 * once the page has repainted in the dark one (the schemes are CSS only, so switching the
 * emulated scheme on a loaded page shows what loading it in that scheme shows).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchPagePath, waitForSearch } from '../support/search-page';
import { builtPages, DESKTOP, page, site, useSite } from '../support/site';
import { deferredSectionRendered, revealDeferredSections, settledFrame } from '../support/deferred';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = builtPages();

useSite();

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
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(site.url(path), { waitUntil: 'load' });
  // The technical detail is laid out only near the viewport: axe checks it rendered, as a reader sees it.
  await revealDeferredSections(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Runs axe in the light, then the dark scheme on the page as loaded; "" when both are clean. */
async function bothSchemes(): Promise<string> {
  const reports: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settledFrame(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      scheme === 'dark',
    );
    const report = await axeViolations();
    if (report) reports.push(`axe violations on ${page.url()} (${scheme}):\n${report}`);
  }
  return reports.join('\n');
}

describe('light and dark color schemes', () => {
  test.each(PAGES.map((p) => p.path))('%s has no WCAG 2.2 AA violations', async (path) => {
    await open(path);
    expect(await bothSchemes()).toBe('');
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
      expect(await bothSchemes()).toBe('');
    });
  }
});

describe('phone width (360 px)', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 360, height: 780 });
  });
  afterAll(async () => {
    await page.setViewportSize(DESKTOP);
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
    await page.setViewportSize({ width: 412, height: 823 });
  });
  afterAll(async () => {
    await page.setViewportSize(DESKTOP);
  });

  test.each(PAGES.filter((p) => /\/papers\/(?!page\/)[^/]+\/$/.test(p.path)).map((p) => p.path))(
    '%s has no WCAG 2.2 AA violations',
    async (path) => {
      await page.emulateMedia({ colorScheme: 'light' });
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
