/**
 * Figures in the production build (dist/): every placed figure is on its paper page in both
 * editions, numbered fig-1 … in order, the same figures in the same order in both, each within
 * its byte budget, and its SVG drawn without style attributes or elements (the CSP blocks
 * `<style>`; colours come from the stylesheet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../support/budgets';
import { builtFigures } from '../support/figures';
import { contentSlugs, readDist as read, requireBuild } from '../support/dist';
import { paperPath } from '../../src/site/routes';

requireBuild();
const content = join(import.meta.dirname, '../../content/papers');
const slugs = contentSlugs();
const page = (lang: 'ja' | 'en', slug: string) => read(`${paperPath(lang, slug)}index.html`);
/** Figure names in the order the Japanese body places them. */
const placed = (slug: string) =>
  [...readFileSync(join(content, slug, 'ja.mdx'), 'utf8').matchAll(/<Figure id="([^"]+)"/g)].map(
    (m) => m[1],
  );

describe('figures in dist/', () => {
  test('the site has figures (the checks below check something)', () => {
    expect(slugs.flatMap(placed).length).toBeGreaterThanOrEqual(6);
  });

  test.each(slugs)('%s: both editions show the placed figures as fig-1 … in order', (slug) => {
    const names = placed(slug);
    for (const lang of ['ja', 'en'] as const) {
      const figures = builtFigures(page(lang, slug));
      expect(
        figures.map((f) => f.name),
        lang,
      ).toEqual(names);
      expect(
        figures.map((f) => f.id),
        lang,
      ).toEqual(names.map((_, i) => `fig-${i + 1}`));
    }
  });

  test.each(slugs.flatMap((slug) => (['ja', 'en'] as const).map((lang) => ({ slug, lang }))))(
    '$slug ($lang): each figure is within the budget of 8 KiB brotli',
    ({ slug, lang }) => {
      for (const f of builtFigures(page(lang, slug)))
        expect(f.brotli, `${f.name}: ${f.brotli} bytes`).toBeLessThanOrEqual(BUDGETS.figure);
    },
  );

  test.each(slugs)('%s: figure SVGs carry no style element or attribute', (slug) => {
    for (const lang of ['ja', 'en'] as const) {
      const html = page(lang, slug);
      for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
        expect(svg).not.toMatch(/<style|\sstyle=/);
      }
    }
  });
});
