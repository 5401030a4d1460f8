/**
 * Renders a card to PNG at build time with the module `card-worker.ts`: satori lays out the
 * element tree with Noto Sans JP from the `@fontsource/noto-sans-jp` npm package (WOFF subsets,
 * read from disk, never fetched), and sharp rasterises it. Only the subsets a card's text needs
 * are loaded. A build draws its cards in worker processes (tinypool), ahead of the moment Astro
 * asks for each (`cardPngs`); the dev server and tests can draw one on the calling thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import Tinypool from 'tinypool';
import { cardText, cardTree, subsetsFor, type CardContent } from './card';
import drawCard, { cardSvg, type CardTask, type FontFile } from './card-worker';
import { lookahead } from './lookahead';
import { CARD_SIZE } from '../site/social';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
const unicodeMap = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<
  string,
  string
>;

/** File name of one subset: "[12]" → "noto-sans-jp-12-700-normal.woff", "latin" → "…-latin-…". */
const subsetFile = (subset: string, weight: number) =>
  `noto-sans-jp-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`;

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

/** The CSS font family that lists every font (subset) given. */
const familyOf = (fonts: readonly { name: string }[]) =>
  [...new Set(fonts.map((f) => `'${f.name}'`))].join(', ');

/** Characters of `text` that no subset of the font covers (they would be drawn as boxes). */
export function uncoveredCharacters(text: string): string[] {
  return [...new Set(text)].filter(
    (ch) => ch.trim() !== '' && subsetsFor(ch, unicodeMap).length === 0,
  );
}

/**
 * The task that draws `card` with `fontFiles` when given (they must cover its text: see
 * `cardPngs`) or the subsets its text needs. Fails on text the font cannot draw, instead of
 * shipping empty boxes.
 */
function cardTask(card: CardContent, fontFiles?: FontFile[]): CardTask {
  const text = cardText(card);
  const missing = uncoveredCharacters(text);
  if (missing.length > 0)
    throw new Error(`"${text}" has characters Noto Sans JP cannot draw: ${missing.join(' ')}`);
  const files = fontFiles ?? fontFilesFor(text);
  return {
    tree: cardTree(card, familyOf(files)),
    fontFiles: files,
    ...CARD_SIZE,
  };
}

let pool: Tinypool | undefined;

/** The environment of a card process: the build's, without mimalloc's options. */
export function cardProcessEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => e[1] !== undefined && !e[0].startsWith('MIMALLOC_'),
    ),
  );
}

/**
 * The card workers: one per core, at most four, each a child process. They start with the
 * first card, and each ends after half a second without work, so none holds memory (or keeps
 * the build's process alive) once the cards are drawn. Processes rather than threads, measured
 * on 1,000 synthetic papers (2,000 cards) when resvg drew the cards:
 *
 * - Their memory goes back to the system when they end. The rasteriser allocates each card's
 *   parsed SVG and 1200×630 pixels (about 3 MB) natively, and in worker threads that memory
 *   stayed in the build's own process: tinypool's threads wait for tasks in `Atomics.wait`,
 *   never reaching the event loop that runs the finalizers freeing it, and the build peaked at
 *   7.6 GB.
 * - They run without the mimalloc options `npm run build` sets for the bundler
 *   (scripts/build-env.ts): returning memory to the system after every card made each card
 *   about 45% slower in threads.
 */
const cardPool = () =>
  (pool ??= new Tinypool({
    // The source file, not a bundled copy: see card-worker.ts.
    filename: require.resolve('#card-worker'),
    minThreads: 0,
    maxThreads: Math.min(4, availableParallelism()),
    idleTimeout: 500,
    runtime: 'child_process',
    // Structured clone, so a PNG arrives as bytes (JSON would spell out every byte).
    serialization: 'advanced',
    env: cardProcessEnv(process.env),
  }));

/** Card workers running now (0 once they have been idle for half a second). */
export const cardWorkerThreads = (): number => pool?.threads.length ?? 0;

const asBuffer = (png: Uint8Array) => Buffer.from(png.buffer, png.byteOffset, png.byteLength);

/**
 * The card as a PNG of 1200×630 pixels, drawn in a worker process, with `fontFiles` when given
 * (they must cover the card's text) or the subsets its text needs. The same pixels as
 * `renderCardPng`.
 */
export async function renderCardPngInWorker(
  card: CardContent,
  fontFiles?: FontFile[],
): Promise<Buffer> {
  return asBuffer((await cardPool().run(cardTask(card, fontFiles))) as Uint8Array);
}

/** The card as SVG (on the calling thread). */
export const renderCardSvg = async (card: CardContent): Promise<string> => cardSvg(cardTask(card));

/** The card as a PNG of 1200×630 pixels (on the calling thread). */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  return asBuffer(await drawCard(cardTask(card)));
}

/**
 * The cards of a build, drawn in the order the build will ask for them: asking for one also
 * starts the next `ahead` in the worker processes, so all cores work while the build writes
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
