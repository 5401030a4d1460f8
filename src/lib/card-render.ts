/**
 * Renders a card to PNG at build time: satori lays out the element tree as SVG with Noto Sans
 * JP from the `@fontsource/noto-sans-jp` npm package (WOFF subsets, read from disk, never
 * fetched), and resvg rasterises it. Only the subsets a card's text needs are loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardText, cardTree, subsetsFor, type CardContent, type CardNode } from './card';
import { iconTree } from './icons';
import { CARD_SIZE } from './social';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
const unicodeMap = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
const cache = new Map<string, Buffer>();

/** File name of one subset: "[12]" → "noto-sans-jp-12-700-normal.woff", "latin" → "…-latin-…". */
const subsetFile = (subset: string, weight: number) => `noto-sans-jp-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`;

/**
 * The Noto Sans JP subsets (regular and bold) that cover `text`. Each subset gets its own
 * family name: satori keeps one font per name and weight, so same-named subsets would hide
 * each other; the card lists all the names as its font family instead.
 */
export function fontsFor(text: string): Font[] {
  return subsetsFor(text, unicodeMap).flatMap((subset) =>
    ([400, 700] as const).map((weight) => {
      const file = subsetFile(subset, weight);
      let data = cache.get(file);
      if (!data) {
        data = readFileSync(join(fontDir, 'files', file));
        cache.set(file, data);
      }
      return { name: `Noto Sans JP ${subset}`, data, weight, style: 'normal' as const };
    }),
  );
}

/** Characters of `text` that no subset of the font covers (they would be drawn as boxes). */
export function uncoveredCharacters(text: string): string[] {
  return [...new Set(text)].filter((ch) => ch.trim() !== '' && subsetsFor(ch, unicodeMap).length === 0);
}

/**
 * Lays out an element tree drawing `text` as SVG (text converted to paths, so the SVG needs no
 * font either). Text the font cannot draw fails instead of shipping empty boxes.
 */
export async function renderSvg(build: (fontFamily: string) => CardNode, text: string, size: { width: number; height: number }): Promise<string> {
  const missing = uncoveredCharacters(text);
  if (missing.length > 0) throw new Error(`"${text}" has characters Noto Sans JP cannot draw: ${missing.join(' ')}`);
  const fonts = fontsFor(text);
  const family = [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');
  // satori accepts plain { type, props } objects, the shape of React elements.
  return satori(build(family) as unknown as Parameters<typeof satori>[0], { ...size, fonts });
}

/**
 * Rasterises an SVG to PNG at its own width. satori has already turned all text into paths, so
 * resvg needs no fonts: by default it scans the system's fonts on every call, which took about
 * half of each card's time (15 of 30 ms) and changes no pixel.
 */
export const svgToPng = (svg: string, width: number): Buffer =>
  new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();

/** The card as SVG. */
export const renderCardSvg = (card: CardContent): Promise<string> => renderSvg((family) => cardTree(card, family), cardText(card), CARD_SIZE);

/** The card as a PNG of 1200×630 pixels. */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  return svgToPng(await renderCardSvg(card), CARD_SIZE.width);
}

/** One icon of the favicon set as a square PNG. */
export async function renderIconPng(size: number): Promise<Buffer> {
  return svgToPng(await renderSvg((family) => iconTree(size, family), 'ICLR', { width: size, height: size }), size);
}
