/**
 * The KaTeX fonts the build ships are subsets that still hold every character the pages draw
 * with them. The face of each character is worked out from the stylesheet the site actually
 * ships (its KaTeX rules, the site's own rules and the @font-face rules naming the built font
 * files), and each font's character map is read with fontkit, a reader independent of the
 * harfbuzz subsetter that wrote it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { htmlFiles, parseHtml } from '../../src/integrations/built-pages';
import { readFontCss } from '../../src/markdown/katex-css';
import { katexGlyphs } from '../../src/markdown/katex-glyphs';

const dist = resolve(process.env['E2E_DIST_DIR'] ?? join(import.meta.dirname, '../../dist'));
const FULL = join(import.meta.dirname, '../../node_modules/katex/dist/fonts');
if (!existsSync(join(dist, 'index.html')))
  throw new Error('dist/ is missing: run `npm run build -- --local` first');

const assets = readdirSync(join(dist, '_astro'));
const stylesheets = assets.filter((f) => f.endsWith('.css'));
const shipped = readFontCss(
  stylesheets.map((f) => readFileSync(join(dist, '_astro', f), 'utf8')).join('\n'),
);
const fonts = new Map<string, Font>();
/** A font file of the build (`KaTeX_Main-Regular.abc123`) or of the katex package (`KaTeX_Main-Regular`). */
const font = (dir: string, file: string): Font => {
  const path = join(dir, `${file}.woff2`);
  const cached = fonts.get(path) ?? create(readFileSync(path));
  fonts.set(path, cached);
  return cached;
};
const stem = (file: string) => file.slice(0, file.indexOf('.'));
const pages = (await htmlFiles(dist)).map((file) => ({
  file,
  glyphs: katexGlyphs(parseHtml(readFileSync(join(dist, file), 'utf8')), shipped),
}));
const mathPages = pages.filter((p) => p.glyphs.size > 0);

describe('KaTeX fonts in the build', () => {
  test('the shipped stylesheet names a woff2 file of the build for each of the 20 KaTeX faces', () => {
    expect(shipped.faces.filter((f) => f.family.startsWith('KaTeX_'))).toHaveLength(20);
    for (const face of shipped.faces) expect(assets, face.file).toContain(`${face.file}.woff2`);
  });

  test('every paper page draws math, and nothing else does', () => {
    expect(
      mathPages.map((p) => p.file).filter((f) => !/(^|\/)papers\/[^/]+\/index\.html$/.test(f)),
    ).toEqual([]);
    expect(mathPages.length).toBeGreaterThanOrEqual(8);
  });

  test.each(mathPages.map((p) => [p.file, p.glyphs] as const))(
    '%s: every character of its formulas is in the font its stylesheet gives it',
    (_, glyphs) => {
      const missing: string[] = [];
      let checked = 0;
      for (const [file, chars] of glyphs) {
        const subset = font(join(dist, '_astro'), file);
        const full = font(FULL, stem(file));
        for (const c of chars) {
          const code = c.codePointAt(0) ?? 0;
          // A character the full font lacks falls back to another font with either file.
          if (!full.hasGlyphForCodePoint(code)) continue;
          checked += 1;
          if (!subset.hasGlyphForCodePoint(code))
            missing.push(`${c} (U+${code.toString(16).toUpperCase()}) in ${file}`);
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(missing).toEqual([]);
    },
  );

  test('each font a page draws with is cut down from the full font', () => {
    const used = new Set(mathPages.flatMap((p) => [...p.glyphs.keys()]));
    for (const file of used) {
      const subset = font(join(dist, '_astro'), file);
      const full = font(FULL, stem(file));
      expect(subset.numGlyphs, file).toBeLessThan(full.numGlyphs);
      // U+FFFF is the end marker of a format 4 cmap, which fontkit lists as a character.
      const added = subset.characterSet.filter(
        (c) => c !== 0xffff && !full.hasGlyphForCodePoint(c),
      );
      expect(added, file).toEqual([]);
    }
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
