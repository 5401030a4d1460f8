/**
 * The figures of a built page (src/figures/): each `<figure class="figure …">` element's HTML,
 * with its number and name, and its size raw and brotli-compressed. Used by the build test of the
 * per-figure budget and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

/** Figure names in the order the Japanese body of a paper places them. */
export const placedFigures = (slug: string) =>
  [
    ...readFileSync(
      join(import.meta.dirname, '../../content/papers', slug, 'ja.mdx'),
      'utf8',
    ).matchAll(/<Figure id="([^"]+)"/g),
  ].map((m) => m[1]);

/** One figure as built. */
export interface BuiltFigure {
  /** The anchor, e.g. "fig-1". */
  id: string;
  /** Its name in figures.yaml (`data-figure`). */
  name: string;
  /** Bytes of its HTML (SVG, caption, legend, data table). */
  raw: number;
  /** The same, brotli-compressed (quality 11, as a CDN serves it). */
  brotli: number;
}

/** The figures of a page's HTML, in the order they stand. Figures never nest. */
export function builtFigures(html: string): BuiltFigure[] {
  return [...html.matchAll(/<figure class="figure [^"]*"[^>]*>[\s\S]*?<\/figure>/g)].map((m) => {
    const el = m[0];
    return {
      id: /\sid="([^"]+)"/.exec(el)?.[1] ?? '',
      name: /\sdata-figure="([^"]+)"/.exec(el)?.[1] ?? '',
      raw: Buffer.byteLength(el),
      brotli: brotliCompressSync(el).length,
    };
  });
}
