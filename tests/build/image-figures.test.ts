/**
 * Image figures in a real build: a copy of the content with the fixture of
 * tests/fixtures/image-figures/ (a PNG and an SVG figure added to one paper) is built once
 * through `scripts/build.ts` in its own folders (tests/support/content-build.ts). The PNG becomes
 * a `<picture>` from astro:assets (AVIF and WebP sources and a PNG fallback, each a responsive
 * srcset with sizes, width/height, lazy), and both are numbered after the paper's drawn figure.
 * (That the SVG is inlined and sanitized, and each caption's credit and licence link, are proven
 * on the same fixture through the same pipeline by tests/unit/image-figures.test.ts.) Set
 * IMAGE_FIGURES_DIST to a folder to keep the built site (for screenshots).
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtFigures } from '../support/figures';
import { buildWith, type Build } from '../support/content-build';
import { IMAGE_FIGURES, IMAGE_PAPER, addImageFiguresToFolder } from '../support/image-figures';

const pages = (['ja', 'en'] as const).map((lang) => ({
  lang,
  path: `${lang === 'en' ? 'en/' : ''}papers/${IMAGE_PAPER}/index.html`,
}));

let build: Build;
const html: Record<string, string> = {};
/** Built files (below the output folder) and their sizes, for every URL a page names. */
const sizes = new Map<string, number>();

beforeAll(() => {
  build = buildWith(
    (content) => addImageFiguresToFolder(content),
    pages.map((p) => p.path),
    false,
    (out) => {
      for (const p of pages)
        if (existsSync(join(out, p.path))) html[p.lang] = readFileSync(join(out, p.path), 'utf8');
      for (const page of Object.values(html))
        for (const url of page.match(/\/_astro\/[^\s"',)]+/g) ?? []) {
          const file = join(out, url);
          if (existsSync(file)) sizes.set(url, statSync(file).size);
        }
      const keep = process.env['IMAGE_FIGURES_DIST'];
      if (keep) {
        rmSync(keep, { recursive: true, force: true });
        cpSync(out, keep, { recursive: true });
      }
    },
  );
}, 600_000);

/** A srcset's candidates: URL and width. */
const candidates = (srcset: string) =>
  srcset.split(',').map((c) => {
    const [url = '', w = ''] = c.trim().split(/\s+/);
    return { url, width: Number(w.replace(/w$/, '')) };
  });

/**
 * The candidate a browser fetches for a slot of `slot` CSS pixels at a device pixel ratio: the
 * narrowest at least slot × dpr wide, else the widest.
 */
const chosen = (list: { url: string; width: number }[], slot: number, dpr: number) => {
  const sorted = [...list].sort((a, b) => a.width - b.width);
  return sorted.find((c) => c.width >= slot * dpr) ?? sorted[sorted.length - 1];
};

describe('a page with image figures', () => {
  test('the build succeeds with both editions of the paper', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.pages).toEqual(pages.map((p) => p.path));
  });

  test.each(['ja', 'en'] as const)(
    '%s: the image figures are numbered after the drawn one; the PNG is a picture with AVIF and WebP sources, a PNG fallback, srcset, sizes and lazy loading',
    (lang) => {
      const page = html[lang] ?? '';
      const figures = builtFigures(page);
      expect(figures.map((f) => f.name)).toEqual(['permutation', ...IMAGE_FIGURES]);
      expect(figures.map((f) => f.id)).toEqual(['fig-1', 'fig-2', 'fig-3']);
      const figure = /<figure [^>]*data-figure="barrier-diagram"[\s\S]*?<\/figure>/.exec(page)?.[0];
      expect(figure).toBeDefined();
      const picture = /<picture>([\s\S]*?)<\/picture>/.exec(figure ?? '')?.[1] ?? '';
      const sources = [
        ...picture.matchAll(/<source type="([^"]+)" srcset="([^"]+)" sizes="([^"]+)">/g),
      ];
      expect(sources.map((s) => s[1])).toEqual(['image/avif', 'image/webp']);
      const img = /<img ([^>]+)>/.exec(picture)?.[1] ?? '';
      const attr = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(img)?.[1];
      expect(attr('loading')).toBe('lazy');
      expect(attr('decoding')).toBe('async');
      // Width and height reserve the space (the file is 1600 × 800: 2:1), shown at the column's width.
      expect(Number(attr('width'))).toBe(672);
      expect(Number(attr('height'))).toBe(336);
      expect(attr('alt')).toBe(
        lang === 'ja'
          ? '左の黄色い枠に山なりの赤い曲線（損失障壁）、矢印を挟んで右の緑の枠にほぼ平らな緑の曲線。'
          : 'A yellow box on the left with a humped red curve (the loss barrier), an arrow, and a green box on the right with an almost flat green curve.',
      );
      const sets = [
        ...sources.map((s) => ({ type: s[1] ?? '', srcset: s[2] ?? '', sizes: s[3] })),
        { type: 'image/png', srcset: attr('srcset') ?? '', sizes: attr('sizes') },
      ];
      for (const { type, srcset, sizes: slot } of sets) {
        // The slot is the text column's width, or the screen's on a narrower one.
        expect(slot, type).toBe('(min-width: 672px) 672px, 100vw');
        const list = candidates(srcset);
        for (const c of list) {
          expect(c.url, type).toMatch(
            new RegExp(`^/_astro/barrier\\.[^/]+\\.${type.replace('image/', '')}$`),
          );
          expect(sizes.get(c.url), `${c.url} is built`).toBeGreaterThan(0);
        }
        // Several widths, none wider than the 1600 px file, so a phone does not fetch the desktop
        // file: at 360 px the browser fetches one file about as wide as the screen needs at its
        // pixel ratio, never the widest; the widest is for the column at 2x.
        expect(list.map((c) => c.width)).toEqual([360, 540, 672, 720, 1080, 1344]);
        for (const dpr of [1, 2, 3]) {
          const pick = chosen(list, 360, dpr);
          expect(pick?.width, `${type} at 360 px, ${dpr}x`).toBeLessThan(360 * dpr * 1.25);
        }
      }
      expect(attr('src')).toMatch(/^\/_astro\/barrier\.[^/]+\.png$/);
    },
  );

  test('the AVIF a phone fetches weighs less than the PNG file it comes from', () => {
    const page = html['en'] ?? '';
    const avif = /<source type="image\/avif" srcset="([^"]+)"/.exec(page)?.[1] ?? '';
    const pick = chosen(candidates(avif), 360, 2);
    const bytes = sizes.get(pick?.url ?? '') ?? Infinity;
    expect(bytes).toBeLessThan(
      statSync(join(import.meta.dirname, '../fixtures/image-figures/barrier.png')).size,
    );
  });
});
