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
import { lookahead } from './lookahead';
import { CARD_SIZE } from '../site/social';
import { WorkerPool } from './worker-pool';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
const unicodeMap = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<
  string,
  string
>;
const cache = new Map<string, Buffer>();

/** File name of one subset: "[12]" → "noto-sans-jp-12-700-normal.woff", "latin" → "…-latin-…". */
const subsetFile = (subset: string, weight: number) =>
  `noto-sans-jp-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`;

/** One font file for satori: a subset of Noto Sans JP at one weight, under its own family name. */
export interface FontFile {
  name: string;
  /** Absolute path of the WOFF file. */
  file: string;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * The Noto Sans JP subsets (regular and bold) that cover `text`, as files. Each subset gets its
 * own family name: satori keeps one font per name and weight, so same-named subsets would hide
 * each other; the card lists all the names as its font family instead.
 */
export function fontFilesFor(text: string): FontFile[] {
  return subsetsFor(text, unicodeMap).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans JP ${subset}`,
      file: join(fontDir, 'files', subsetFile(subset, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** The fonts that cover `text`, loaded (each file is read once). */
export function fontsFor(text: string): Font[] {
  return fontFilesFor(text).map(({ file, ...font }) => {
    let data = cache.get(file);
    if (!data) {
      data = readFileSync(file);
      cache.set(file, data);
    }
    return { ...font, data };
  });
}

/** The CSS font family that lists every font (subset) given. */
const familyOf = (fonts: readonly { name: string }[]) =>
  [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');

/** Characters of `text` that no subset of the font covers (they would be drawn as boxes). */
export function uncoveredCharacters(text: string): string[] {
  return [...new Set(text)].filter(
    (ch) => ch.trim() !== '' && subsetsFor(ch, unicodeMap).length === 0,
  );
}

/** Fails on text the font cannot draw, instead of shipping empty boxes. */
function assertDrawable(text: string): void {
  const missing = uncoveredCharacters(text);
  if (missing.length > 0)
    throw new Error(`"${text}" has characters Noto Sans JP cannot draw: ${missing.join(' ')}`);
}

/**
 * Lays out an element tree drawing `text` as SVG (text converted to paths, so the SVG needs no
 * font either), with the font subsets `text` needs.
 */
export async function renderSvg(
  build: (fontFamily: string) => CardNode,
  text: string,
  size: { width: number; height: number },
): Promise<string> {
  assertDrawable(text);
  const fonts = fontsFor(text);
  const family = familyOf(fonts);
  // satori accepts plain { type, props } objects, the shape of React elements.
  return satori(build(family) as unknown as Parameters<typeof satori>[0], { ...size, fonts });
}

/**
 * resvg's options for an SVG drawn at `width`. satori has already turned all text into paths,
 * so resvg needs no fonts: by default it scans the system's fonts on every call, which took
 * about half of each card's time (15 of 30 ms) and changes no pixel.
 */
const resvgOptions = (width: number): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: width },
  font: { loadSystemFonts: false },
});

/** Rasterises an SVG to PNG at its own width. */
export const svgToPng = (svg: string, width: number): Buffer =>
  new Resvg(svg, resvgOptions(width)).render().asPng();

/**
 * Worker code for {@link WorkerPool}: lays out one card's element tree with satori and
 * rasterises it with resvg (the same calls as `renderSvg` and `svgToPng`), so the build's main
 * thread keeps neither the work nor its garbage (SVG strings, satori's buffers): done there, the
 * garbage grew the main heap by a few hundred MB at 1,000 papers. A font list arriving again
 * is served as the same array, which satori has already parsed.
 */
const CARD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const files = new Map();
const fontLists = new Map();
function fonts(list) {
  const key = list.map((f) => f.file + ' ' + f.name + ' ' + f.weight).join('|');
  let fonts = fontLists.get(key);
  if (!fonts) {
    fonts = list.map(({ file, ...font }) => {
      if (!files.has(file)) files.set(file, readFileSync(file));
      return { ...font, data: files.get(file) };
    });
    if (fontLists.size >= 8) fontLists.delete(fontLists.keys().next().value);
    fontLists.set(key, fonts);
  }
  return fonts;
}
parentPort.on('message', async ({ id, tree, fontFiles, width, height, options }) => {
  try {
    const svg = await satori(tree, { width, height, fonts: fonts(fontFiles) });
    const png = new Resvg(svg, options).render().asPng();
    // Copied, not transferred: resvg's buffer is external memory, which cannot be transferred.
    parentPort.postMessage({ id, value: png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

interface CardTask extends Record<string, unknown> {
  tree: CardNode;
  fontFiles: FontFile[];
  width: number;
  height: number;
  options: ResvgRenderOptions;
}

let cardPool: WorkerPool<CardTask, Uint8Array> | undefined;

/**
 * The card as a PNG of 1200×630 pixels, drawn in a worker thread (one per core, at most four),
 * with `fontFiles` when given (they must cover the card's text: see `cardPngs`) or the subsets
 * its text needs. The same pixels as `renderCardPng`.
 */
export async function renderCardPngInWorker(
  card: CardContent,
  fontFiles?: FontFile[],
): Promise<Buffer> {
  const text = cardText(card);
  assertDrawable(text);
  const files = fontFiles ?? fontFilesFor(text);
  cardPool ??= new WorkerPool({
    source: CARD_WORKER,
    workerData: { satori: require.resolve('satori'), resvg: require.resolve('@resvg/resvg-js') },
    size: Math.min(4, availableParallelism()),
  });
  const png = await cardPool.run({
    tree: cardTree(card, familyOf(files)),
    fontFiles: files,
    ...CARD_SIZE,
    options: resvgOptions(CARD_SIZE.width),
  });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}

/** The card as SVG. */
export const renderCardSvg = (card: CardContent): Promise<string> =>
  renderSvg((family) => cardTree(card, family), cardText(card), CARD_SIZE);

/** The card as a PNG of 1200×630 pixels. */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  return svgToPng(await renderCardSvg(card), CARD_SIZE.width);
}

/**
 * The cards of a build, drawn in the order the build will ask for them: asking for one also
 * starts the next `ahead` in the worker threads, so all cores work while the build writes
 * each image. A card not in the list is drawn when asked for.
 *
 * Every card of the list is laid out with the same font list, the subsets all of them need:
 * satori parses a font array once and keeps it by identity, whereas a new array per card meant
 * parsing a dozen font files per card (half of satori's time). The pixels are the same, since
 * each character still comes from the one subset that covers it.
 */
export function cardPngs(
  cards: readonly { id: string; card: CardContent }[],
  ahead = 8,
): (id: string, card: CardContent) => Promise<Buffer> {
  const byId = new Map(cards.map((c) => [c.id, c.card]));
  const fontFiles = fontFilesFor(cards.map((c) => cardText(c.card)).join(''));
  const get = lookahead(
    cards.map((c) => c.id),
    (id) => renderCardPngInWorker(byId.get(id) as CardContent, fontFiles),
    ahead,
  );
  return (id, card) => (byId.has(id) ? get(id) : renderCardPngInWorker(card));
}
