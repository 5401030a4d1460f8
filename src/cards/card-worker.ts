/**
 * Draws one card: satori lays out its element tree as SVG (text turned into paths) and sharp
 * (libvips, which draws SVG with librsvg) rasterises it to PNG. `render.ts` runs this module in
 * tinypool's worker processes during a build, so the build's process keeps neither the work nor
 * its garbage (SVG strings, satori's buffers, the pixel buffers: see `cardPool` in render.ts),
 * and calls it directly in the dev server and in tests.
 *
 * Why sharp: it is already installed (Astro's image service depends on it), and it draws and
 * encodes a 1200×630 card in about 23 ms of CPU where resvg-js took about 42 ms (33 ms drawing,
 * most of it spent on the empty canvas, and 9 ms encoding), measured on this project's cards;
 * the two rasterisers' cards look the same.
 *
 * The workers load this file as TypeScript source, not from the build's bundle (where it
 * would not exist as a file): `render.ts` finds it through the `#card-worker` entry of
 * package.json's `imports`, and Node (22.18 or newer) strips the types as it loads it. So it
 * imports only npm packages and Node built-ins at run time (other modules only with
 * `import type`, which is erased) and uses only TypeScript syntax that can be erased (no enums,
 * no namespaces, no parameter properties).
 */
import { readFileSync } from 'node:fs';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { CardNode } from './card';

/** One font file for satori: a subset of Noto Sans JP at one weight, under its own family name. */
export interface FontFile {
  name: string;
  /** Absolute path of the WOFF file. */
  file: string;
  weight: 400 | 700;
  style: 'normal';
}

/** One card to draw: plain data, as it crosses to a worker process. */
export interface CardTask {
  tree: CardNode;
  /** The fonts the tree names; they must cover its text. */
  fontFiles: FontFile[];
  width: number;
  height: number;
}

// Each card process draws one card at a time (the pool supplies the parallelism), and nothing is
// drawn twice, so libvips needs neither its own threads nor its operation cache.
sharp.concurrency(1);
sharp.cache(false);

const files = new Map<string, Buffer>();
const fontLists = new Map<string, Font[]>();

/**
 * The fonts of a list, each file read once. A list arriving again is served as the same array:
 * satori parses a font array once and keeps it by identity, so a new array per card would mean
 * parsing a dozen font files per card.
 */
function fontsOf(list: readonly FontFile[]): Font[] {
  const key = list.map((f) => `${f.file} ${f.name} ${f.weight}`).join('|');
  let fonts = fontLists.get(key);
  if (!fonts) {
    fonts = list.map(({ file, ...font }) => {
      let data = files.get(file);
      if (!data) {
        data = readFileSync(file);
        files.set(file, data);
      }
      return { ...font, data };
    });
    // A build uses one list for all its cards; a few more (cards outside it) are kept too.
    const oldest = fontLists.keys().next();
    if (fontLists.size >= 8 && !oldest.done) fontLists.delete(oldest.value);
    fontLists.set(key, fonts);
  }
  return fonts;
}

/** The card as SVG, its text drawn as paths (so the SVG needs no font either). */
export function cardSvg(task: CardTask): Promise<string> {
  // satori accepts plain { type, props } objects, the shape of React elements.
  return satori(task.tree as unknown as Parameters<typeof satori>[0], {
    width: task.width,
    height: task.height,
    fonts: fontsOf(task.fontFiles),
  });
}

/** The card as PNG: tinypool's task function (the module's default export). */
export default async function drawCard(task: CardTask): Promise<Uint8Array> {
  // satori's SVG has the card's size in pixels, and 72 dpi draws one SVG unit as one pixel.
  const png = await sharp(Buffer.from(await cardSvg(task)), { density: 72 })
    .png()
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
