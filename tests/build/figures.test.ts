/**
 * Figures in the production build (dist/): every placed figure is on its paper page in both
 * editions, numbered fig-1 … in order, the same figures in the same order in both, each within
 * its byte budget, linked from its caption and referred to by the text, and its SVG drawn
 * without style attributes or elements (the CSP blocks `<style>`; colours come from the
 * stylesheet).
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../support/budgets';
import { builtFigures, placedFigures } from '../support/figures';
import { contentSlugs, readDist as read, requireBuild } from '../support/dist';
import { paperPath } from '../../src/site/routes';

requireBuild();
const slugs = contentSlugs();

describe('figures in dist/', () => {
  test('the site has figures (the checks below check something)', () => {
    expect(slugs.flatMap(placedFigures).length).toBeGreaterThanOrEqual(6);
  });

  test.each(slugs.flatMap((slug) => (['ja', 'en'] as const).map((lang) => ({ slug, lang }))))(
    '$slug ($lang): the placed figures as fig-1 … in order, referred to, within 8 KiB brotli, SVGs without style',
    ({ slug, lang }) => {
      const html = read(`${paperPath(lang, slug)}index.html`);
      const names = placedFigures(slug);
      const figures = builtFigures(html);
      expect(figures.map((f) => f.name)).toEqual(names);
      expect(figures.map((f) => f.id)).toEqual(names.map((_, i) => `fig-${i + 1}`));
      for (const f of figures) {
        expect(f.brotli, `${f.name}: ${f.brotli} bytes`).toBeLessThanOrEqual(BUDGETS.figure);
        // The caption links to the figure and the text refers to it.
        for (const link of ['anchor-link', 'figure-ref'])
          expect(html).toMatch(new RegExp(`<a class="${link}"[^>]* href="#${f.id}"`));
      }
      for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? [])
        expect(svg).not.toMatch(/<style|\sstyle=/);
    },
  );
});
