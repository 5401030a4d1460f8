/**
 * The subset KaTeX fonts draw a paper's formulas exactly as the full fonts do: each display
 * formula of each paper page is screenshotted twice in Chromium, once with the build's subset
 * fonts and once with every KaTeX font request answered by the katex package's full woff2 file,
 * and the two PNGs must be the same bytes. Runs against the production build (dist/).
 *
 * Glyphs are drawn without hinting (tests/support/fontconfig-unhinted.conf), as macOS, iOS and
 * Android draw them. FreeType's auto-hinter (Linux desktops) instead measures
 * blue zones on reference letters of the whole font, which a subset lacks, and shades a few
 * edge pixels differently; the README gives the measurement and what keeping those letters costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contentSlugs, DESKTOP, paperPath, ROOT, site, useSite } from '../support/site';
import { revealDeferredSections } from '../support/deferred';

const FULL = join(ROOT, 'node_modules/katex/dist/fonts');
const KATEX_FONT = /\/_astro\/(KaTeX_[\w-]+)\.[\w-]+\.woff2$/;

useSite({
  viewport: DESKTOP,
  env: { FONTCONFIG_FILE: join(ROOT, 'tests/support/fontconfig-unhinted.conf') },
});

/**
 * Opens `path` with every KaTeX font answered by `serve` (given the file's stem, e.g.
 * `KaTeX_Main-Regular`; undefined lets the build's own file through), lays out all its math,
 * waits for its fonts, and returns a PNG of each display formula and the fonts it loaded.
 */
async function formulas(
  path: string,
  serve: (stem: string) => Buffer | undefined,
): Promise<{ shots: Buffer[]; fonts: string[] }> {
  const page: Page = await site.browser.context.newPage();
  const fonts: string[] = [];
  try {
    // Routing also keeps the browser cache out of the comparison (Playwright disables it).
    await page.route(KATEX_FONT, async (route) => {
      const stem = KATEX_FONT.exec(new URL(route.request().url()).pathname)?.[1] ?? '';
      fonts.push(stem);
      const body = serve(stem);
      if (body) await route.fulfill({ body, contentType: 'font/woff2' });
      else await route.continue();
    });
    await page.goto(site.url(path), { waitUntil: 'load' });
    await revealDeferredSections(page);
    const displays = page.locator('.katex-display');
    const count = await displays.count();
    for (let i = 0; i < count; i++) await displays.nth(i).scrollIntoViewIfNeeded();
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const shots: Buffer[] = [];
    for (let i = 0; i < count; i++)
      shots.push(await displays.nth(i).screenshot({ animations: 'disabled', caret: 'hide' }));
    return { shots, fonts: fonts.sort() };
  } finally {
    await page.close();
  }
}

const full = (stem: string) => readFileSync(join(FULL, `${stem}.woff2`));

describe.each(contentSlugs().map((slug) => paperPath('ja', slug)))('%s', (path) => {
  test('every display formula is the same, pixel for pixel, with the subset and the full fonts', async () => {
    const subset = await formulas(path, () => undefined);
    const whole = await formulas(path, full);
    expect(subset.shots.length).toBeGreaterThan(0);
    // Both loads drew with the same KaTeX faces, the first with the build's subsets.
    expect(subset.fonts.length).toBeGreaterThan(1);
    expect(whole.fonts).toEqual(subset.fonts);
    const differing = subset.shots
      .map((shot, i) => (shot.equals(whole.shots[i] ?? Buffer.alloc(0)) ? -1 : i))
      .filter((i) => i >= 0);
    expect(differing, 'indexes of .katex-display elements that differ').toEqual([]);
  });
});

test('the comparison sees a difference when one font is another', async () => {
  const path = paperPath('ja', contentSlugs()[0] ?? '');
  const right = await formulas(path, full);
  // KaTeX_Math-Italic (every italic letter) answered with KaTeX_Main-Regular.
  const wrong = await formulas(path, (stem) =>
    full(stem === 'KaTeX_Math-Italic' ? 'KaTeX_Main-Regular' : stem),
  );
  expect(right.shots.some((shot, i) => !shot.equals(wrong.shots[i] ?? Buffer.alloc(0)))).toBe(true);
});
