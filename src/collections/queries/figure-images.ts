/**
 * The pictures of raster image figures. A paper body is rendered while content syncs, before
 * Astro's image pipeline runs, so an image figure's body holds an empty card
 * (`<div class="figure-image-card" data-figure-image="<slug>/<name>">`, src/figures/image.ts);
 * `loadPaperBody` fills each card here with a `<picture>` made by astro:assets from the
 * `figureImages` collection: AVIF and WebP sources and a fallback in the file's own format, each
 * a responsive `srcset` (`WIDTHS`) with the `sizes` of Astro's `constrained` layout (the text
 * column's width, or the screen's when narrower), so a browser fetches the one width it shows, `width`/`height` against layout shift, and lazy loading: a figure is in
 * the technical detail, below the first screen.
 */
import { getImage } from 'astro:assets';
import { getEntry } from 'astro:content';
import type { Lang } from '../../i18n/langs';

/** The width of the text column (`--measure`, 42rem) in CSS pixels: the widest a figure is shown. */
const FIGURE_IMAGE_WIDTH = 672;

/**
 * The widths made of each image: a 360 px phone at 1x, 2x and 3x (360, 720, 1080), the text
 * column at 1x and 2x (672, 1344), and a step between; never wider than the file.
 */
const WIDTHS = [360, 540, 672, 720, 1080, 1344];

const CARD = /<div class="figure-image-card" data-figure-image="([^"]+)"><\/div>/g;

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<picture>` of raster image figure `id` ("<slug>/<name>") for one edition. */
async function picture(id: string, lang: Lang): Promise<string> {
  const entry = await getEntry('figureImages', id);
  if (!entry) throw new Error(`the image figure "${id}" is not in the figureImages collection`);
  const { src, alt } = entry.data;
  const width = Math.min(FIGURE_IMAGE_WIDTH, src.width);
  const widths = [...new Set([...WIDTHS.filter((w) => w < src.width), Math.min(src.width, 1344)])];
  const options = { src, layout: 'constrained', width, widths } as const;
  const fallback = src.format === 'jpeg' ? 'jpg' : src.format;
  const [avif, webp, img] = await Promise.all(
    (['avif', 'webp', fallback] as const).map((format) => getImage({ ...options, format })),
  );
  if (!avif || !webp || !img) throw new Error(`no image for ${id}`);
  const sizes = String(img.attributes['sizes'] ?? '');
  const source = (type: string, srcset: string) =>
    `<source type="${type}" srcset="${escape(srcset)}" sizes="${escape(sizes)}">`;
  return (
    `<picture>${source('image/avif', avif.srcSet.attribute)}${source('image/webp', webp.srcSet.attribute)}` +
    `<img src="${escape(img.src)}" srcset="${escape(img.srcSet.attribute)}" sizes="${escape(sizes)}"` +
    ` width="${String(img.attributes['width'])}" height="${String(img.attributes['height'])}"` +
    ` alt="${escape(alt[lang])}" loading="lazy" decoding="async"></picture>`
  );
}

/** A paper body's HTML with every raster figure's card holding its picture. */
export async function withFigureImages(html: string, lang: Lang): Promise<string> {
  const ids = [...html.matchAll(CARD)].map((m) => m[1] as string);
  if (ids.length === 0) return html;
  const pictures = new Map(
    await Promise.all(ids.map(async (id) => [id, await picture(id, lang)] as const)),
  );
  return html.replace(
    CARD,
    (_, id: string) =>
      `<div class="figure-image-card" data-figure-image="${id}">${pictures.get(id) ?? ''}</div>`,
  );
}
