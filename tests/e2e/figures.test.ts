/**
 * Figures in real Chromium (src/figures/, against dist/): every placed figure is on its page in
 * both editions, visible, named by its numbered caption, with SVG panels named by their titles;
 * none overflows at 360 px; lines, marks and text keep their contrast against the figure's
 * background in dark (and light) mode; and showing them makes no request to another origin and
 * logs no error (a CSP violation would). (Their ids fig-1 … and order, the text's references to
 * them: tests/build/figures.test.ts; the caption's self-link, one data table each and the panels'
 * title ids: tests/unit/figures.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  contentSlugs,
  type Lang,
  PageProblems,
  paperPath,
  settle,
  site,
  useSite,
} from '../support/site';
import { revealDeferredSections, settledFrame } from '../support/deferred';
import { placedFigures } from '../support/figures';

useSite();

const cases = contentSlugs().flatMap((slug) =>
  (['ja', 'en'] as const).map((lang) => ({ slug, lang })),
);

// Each page is loaded once (its deferred sections revealed); the tests then read it at 1280 px in
// the light scheme, in both schemes, and at 360 px, each once the page has repainted.
describe.each(cases)('$slug ($lang)', ({ slug, lang }: { slug: string; lang: Lang }) => {
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    page = await site.browser.context.newPage();
    problems = new PageProblems(page, site.origin);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url(paperPath(lang, slug)), { waitUntil: 'load' });
    await settle(page);
    await revealDeferredSections(page);
  });
  afterAll(async () => {
    await page.close();
  });

  test('every placed figure is visible, named by its numbered caption, with named SVG panels, without other origins or errors', async () => {
    const names = placedFigures(slug);
    expect(names.length, 'every paper has figures').toBeGreaterThan(0);
    const label = (n: number) => (lang === 'ja' ? `図${n}` : `Figure ${n}`);
    const figures = page.locator('figure.figure');
    for (const i of names.keys()) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      expect(await figure.isVisible()).toBe(true);
      // The figure's accessible name is its caption, which starts with its number.
      expect(
        await page.getByRole('figure', { name: new RegExp(`^${label(i + 1)}\\b`) }).count(),
      ).toBe(1);
      const svgs = figure.locator('svg[role="img"]');
      expect(await svgs.count()).toBeGreaterThan(0);
      for (let k = 0; k < (await svgs.count()); k++) {
        const title = await svgs.nth(k).locator('title').textContent();
        expect(title?.length).toBeGreaterThan(10);
        expect(await figure.getByRole('img', { name: title ?? '' }).count()).toBe(1);
      }
    }
    expect(problems.summary()).toEqual({});
  });

  test.each(['dark', 'light'] as const)(
    'lines and marks keep 3:1 and text 4.5:1 against the figure background (%s)',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      await settledFrame(page);
      const low = await page.locator('figure.figure svg[role="img"]').evaluateAll((svgs) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r = 0, g = 0, b = 0] = rgb(c)
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
          return (x + 0.05) / (y + 0.05);
        };
        const background = (el: Element) => {
          for (let e: Element | null = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg && !/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
          }
          return getComputedStyle(document.body).backgroundColor;
        };
        const out: string[] = [];
        for (const svg of svgs) {
          const bg = background(svg);
          const name = svg.querySelector('title')?.textContent ?? '';
          // Grid lines, the shaded range and translucent areas are decoration, not data.
          const decorative = (el: Element) =>
            /fig-grid|fig-shade/.test(`${el.getAttribute('stroke')} ${el.getAttribute('fill')}`) ||
            el.hasAttribute('fill-opacity');
          // A marker's outline in the page's background colour is decoration too; text never is.
          const checks = [
            ['[stroke]:not([stroke*="var(--bg)"])', 'stroke', 3],
            ['[fill^="var(--fig-"]', 'fill', 3],
            ['text', 'fill', 4.5],
          ] as const;
          for (const [selector, prop, min] of checks)
            for (const el of svg.querySelectorAll(selector)) {
              if (selector !== 'text' && decorative(el)) continue;
              const c = getComputedStyle(el)[prop];
              const what = selector === 'text' ? `text "${el.textContent}"` : prop;
              if (ratio(c, bg) < min)
                out.push(`${name}: ${what} ${c} on ${bg} is ${ratio(c, bg).toFixed(2)}:1`);
            }
        }
        return out;
      });
      expect(low).toEqual([]);
    },
  );

  test('no figure overflows at 360 px and each panel is at least 200 px wide', async () => {
    await page.setViewportSize({ width: 360, height: 900 });
    await settledFrame(page);
    const overflow = await page.locator('figure.figure').evaluateAll((figures) =>
      figures.flatMap((f) => {
        const box = f.getBoundingClientRect();
        const out: string[] = [];
        if (box.left < 0 || box.right > window.innerWidth)
          out.push(`${f.id}: ${box.left}–${box.right}`);
        for (const svg of f.querySelectorAll('svg[role="img"]')) {
          const r = svg.getBoundingClientRect();
          if (r.width < 200) out.push(`${f.id}: a panel is only ${r.width} px wide`);
          if (r.right > box.right + 0.5)
            out.push(`${f.id}: a panel sticks out by ${r.right - box.right} px`);
        }
        return out;
      }),
    );
    expect(overflow).toEqual([]);
  });
});
