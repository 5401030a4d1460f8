/**
 * The KaTeX fonts the build ships: the stylesheet names a woff2 file of the build for each
 * face, and each font is either the katex package's file (no page draws with it, so no page
 * loads it) or a subset of it; fonts are read with fontkit, a reader independent of the harfbuzz
 * subsetter that wrote them. That every character a page draws is in its subset is proven in
 * the browser (tests/e2e/katex-fonts.test.ts), independently of the build's own reading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-pages';
import { DIST as dist, requireBuild } from '../support/dist';

const FULL = join(import.meta.dirname, '../../node_modules/katex/dist/fonts');
requireBuild();

const assets = readdirSync(join(dist, '_astro'));
const stylesheets = assets.filter((f) => f.endsWith('.css'));
const shippedCss = stylesheets.map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n');

describe('KaTeX fonts in the build', () => {
  test('the shipped stylesheet names a woff2 file of the build for each of the 20 KaTeX faces', () => {
    const faces = [...shippedCss.matchAll(/@font-face\{[^}]*font-family:\s*"?KaTeX_[^}]*\}/g)];
    expect(faces).toHaveLength(20);
    for (const [face] of faces) {
      const file = /url\(\s*["']?[^"')]*?([^/"')]+\.woff2)/.exec(face)?.[1] ?? face;
      expect(assets, face).toContain(file);
    }
  });

  test('every paper page draws math, and nothing else does', async () => {
    const mathPages = (await htmlFiles(dist)).filter((file) =>
      /class="katex-html"/.test(readFileSync(join(dist, file), 'utf8')),
    );
    expect(mathPages.filter((f) => !/(^|\/)papers\/[^/]+\/index\.html$/.test(f))).toEqual([]);
    expect(mathPages.length).toBeGreaterThanOrEqual(8);
  });

  test('each KaTeX font is the whole font or cut down from it, with no character added', () => {
    const fonts = assets.filter((f) => /^KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f));
    let cut = 0;
    for (const file of fonts) {
      const bytes = readFileSync(join(dist, '_astro', file));
      const fullBytes = readFileSync(join(FULL, `${file.slice(0, file.indexOf('.'))}.woff2`));
      if (bytes.equals(fullBytes)) continue;
      const [subset, full] = [create(bytes), create(fullBytes)];
      expect(subset.numGlyphs, file).toBeLessThan(full.numGlyphs);
      // U+FFFF is the end marker of a format 4 cmap, which fontkit lists as a character.
      const added = subset.characterSet.filter(
        (c) => c !== 0xffff && !full.hasGlyphForCodePoint(c),
      );
      expect(added, file).toEqual([]);
      cut += 1;
    }
    expect(cut).toBeGreaterThan(3);
  });

  test('every url() of the shipped stylesheets resolves to a file of the build', () => {
    for (const sheet of stylesheets) {
      const css = readFileSync(join(dist, '_astro', sheet), 'utf8');
      for (const [, url = ''] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (url.startsWith('data:')) continue;
        const path = url.startsWith('/') ? join(dist, url) : join(dist, '_astro', url);
        expect(existsSync(path), `${sheet}: ${url}`).toBe(true);
      }
    }
  });
});
