/**
 * The subset KaTeX fonts draw a paper's formulas exactly as the full fonts do: each paper page
 * is opened twice in Chromium, once with the build's subset fonts and once with every KaTeX font
 * request answered by the katex package's full woff2 file. Each display formula's PNG must be the
 * same bytes, and for every element of every formula (inline ones too) the browser must draw its
 * text with the same fonts and glyph counts (`CSS.getPlatformFontsForNode`): a character missing
 * from a subset would be drawn by a fallback font. Runs against the production build (dist/).
 *
 * Glyphs are drawn without hinting (tests/support/fontconfig-unhinted.conf), as macOS, iOS and
 * Android draw them. FreeType's auto-hinter (Linux desktops) instead measures
 * blue zones on reference letters of the whole font, which a subset lacks, and shades a few
 * edge pixels differently; the README gives the measurement and what keeping those letters costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contentSlugs, DESKTOP, DIST, paperPath, ROOT, site, useSite } from '../support/site';
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
 * waits for its fonts, and returns a PNG of each display formula, the fonts it loaded, and for
 * each element of `.katex-html` with text the fonts the browser drew that text with.
 */
async function formulas(
  path: string,
  serve: (stem: string) => Buffer | undefined,
): Promise<{ shots: Buffer[]; fonts: string[]; drawn: string[] }> {
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
    // Text other than U+200B (KaTeX's zero-width struts, in no KaTeX font's character map:
    // Chromium draws it with the space glyph of a full font, and with no font at all when a
    // subset has no space, which shows the same nothing).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.katex-html, .katex-html *'))
        if (
          [...el.childNodes].some((n) => n.nodeType === 3 && /[^\u200b]/.test(n.textContent ?? ''))
        )
          el.setAttribute('data-drawn', '');
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: '[data-drawn]',
    });
    const drawn = await Promise.all(
      nodeIds.map(async (nodeId) => {
        const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        return used.map((f) => `${f.familyName}×${f.glyphCount}`).join(' ');
      }),
    );
    return { shots, fonts: fonts.sort(), drawn };
  } finally {
    await page.close();
  }
}

const full = (stem: string) => readFileSync(join(FULL, `${stem}.woff2`));

describe.each(contentSlugs().map((slug) => paperPath('ja', slug)))('%s', (path) => {
  test('every formula is drawn the same with the subset and the full fonts, which it loads as subsets', async () => {
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
    expect(subset.drawn.length).toBeGreaterThan(50);
    expect(subset.drawn).toEqual(whole.drawn);
    // Every KaTeX font the page loads is a subset, smaller than the full font.
    const built = readdirSync(join(DIST, '_astro'));
    for (const stem of subset.fonts) {
      const file = built.find((f) => f.startsWith(`${stem}.`)) ?? '';
      expect(readFileSync(join(DIST, '_astro', file)).length, stem).toBeLessThan(full(stem).length);
    }
  });
});

test('the comparison sees a difference when one font is another', async () => {
  const path = paperPath('ja', contentSlugs()[0] ?? '');
  const right = await formulas(path, full);
  // KaTeX_Math-Italic (every italic letter) answered with KaTeX_Size4-Regular, which has none.
  const wrong = await formulas(path, (stem) =>
    full(stem === 'KaTeX_Math-Italic' ? 'KaTeX_Size4-Regular' : stem),
  );
  expect(right.shots.some((shot, i) => !shot.equals(wrong.shots[i] ?? Buffer.alloc(0)))).toBe(true);
  expect(wrong.drawn).not.toEqual(right.drawn);
});
