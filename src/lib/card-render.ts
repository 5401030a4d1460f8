/**
 * Renders a card to PNG at build time: satori lays out the element tree as SVG with Noto Sans
 * JP from the `@fontsource/noto-sans-jp` npm package (WOFF subsets, read from disk, never
 * fetched), and resvg rasterises it. Only the subsets a card's text needs are loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardText, cardTree, subsetsFor, type CardContent, type CardNode } from './card';
import { iconTree } from './icons';
import { lookahead } from './lookahead';
import { CARD_SIZE } from './social';
import { WorkerPool } from './worker-pool';

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
 * font either). Text the font cannot draw fails instead of shipping empty boxes. `fonts`, when
 * given, must cover `text` (see `cardPngs`); by default the subsets `text` needs are loaded.
 */
export async function renderSvg(
  build: (fontFamily: string) => CardNode,
  text: string,
  size: { width: number; height: number },
  fonts: Font[] = fontsFor(text),
): Promise<string> {
  const missing = uncoveredCharacters(text);
  if (missing.length > 0) throw new Error(`"${text}" has characters Noto Sans JP cannot draw: ${missing.join(' ')}`);
  const family = [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');
  // satori accepts plain { type, props } objects, the shape of React elements.
  return satori(build(family) as unknown as Parameters<typeof satori>[0], { ...size, fonts });
}

/**
 * resvg's options for an SVG drawn at `width`. satori has already turned all text into paths,
 * so resvg needs no fonts: by default it scans the system's fonts on every call, which took
 * about half of each card's time (15 of 30 ms) and changes no pixel.
 */
const resvgOptions = (width: number): ResvgRenderOptions => ({ fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });

/** Rasterises an SVG to PNG at its own width. */
export const svgToPng = (svg: string, width: number): Buffer => new Resvg(svg, resvgOptions(width)).render().asPng();

/**
 * Worker code for {@link WorkerPool}: rasterises one SVG per message with resvg (the same call
 * as `svgToPng`). Rasterising and PNG encoding are about three quarters of a card's time.
 */
const RASTER_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    // Copied, not transferred: resvg's buffer is external memory, which cannot be transferred.
    parentPort.postMessage({ id, value: png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

let rasterPool: WorkerPool<{ svg: string; options: ResvgRenderOptions }, Uint8Array> | undefined;

/** Like `svgToPng`, in a worker thread (one per core, at most four), so cards render in parallel. */
export async function svgToPngInWorker(svg: string, width: number): Promise<Buffer> {
  rasterPool ??= new WorkerPool({
    source: RASTER_WORKER,
    workerData: { resvg: require.resolve('@resvg/resvg-js') },
    size: Math.min(4, availableParallelism()),
  });
  const png = await rasterPool.run({ svg, options: resvgOptions(width) });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** The card as SVG (with `fonts` that cover its text, or the subsets it needs). */
export const renderCardSvg = (card: CardContent, fonts?: Font[]): Promise<string> => renderSvg((family) => cardTree(card, family), cardText(card), CARD_SIZE, fonts);

/** The card as a PNG of 1200×630 pixels. */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  return svgToPng(await renderCardSvg(card), CARD_SIZE.width);
}

/** A card as PNG, laid out here (satori) and rasterised in a worker thread (resvg). */
export async function renderCardPngInWorker(card: CardContent, fonts?: Font[]): Promise<Buffer> {
  return svgToPngInWorker(await renderCardSvg(card, fonts), CARD_SIZE.width);
}

/**
 * The cards of a build, rendered in the order the build will ask for them: asking for one
 * also starts the next `ahead`, so both cores work (layout here, rasterising in the workers)
 * while the build writes each image. A card not in the list is rendered when asked for.
 *
 * Every card of the list is laid out with the same font array, the subsets all of them need:
 * satori parses a font array once and keeps it by identity, whereas a new array per card meant
 * parsing a dozen font files per card (half of satori's time). The SVGs are the same, since
 * each character still comes from the one subset that covers it.
 */
export function cardPngs(cards: readonly { id: string; card: CardContent }[], ahead = 8): (id: string, card: CardContent) => Promise<Buffer> {
  const byId = new Map(cards.map((c) => [c.id, c.card]));
  const fonts = fontsFor(cards.map((c) => cardText(c.card)).join(''));
  const get = lookahead(cards.map((c) => c.id), (id) => renderCardPngInWorker(byId.get(id) as CardContent, fonts), ahead);
  return (id, card) => (byId.has(id) ? get(id) : renderCardPngInWorker(card));
}

/** One icon of the favicon set as a square PNG. */
export async function renderIconPng(size: number): Promise<Buffer> {
  return svgToPng(await renderSvg((family) => iconTree(size, family), 'ICLR', { width: size, height: size }), size);
}
