/**
 * An image figure (`kind: image`) as hast: the paper's own figure file with its caption, credit
 * and licence. Numbered like the drawn figures by `rehypeFigureNumbers` (class `figure`).
 *
 * - An SVG file is inlined on a light card (`figure-image-card`, which stays light in dark mode,
 *   so a figure drawn for white paper stays legible). Its ids are prefixed with the figure's
 *   name so they cannot clash with the page's anchors, its own `<title>`/`<desc>` and links are
 *   dropped, and the alt text becomes its accessible name. What it may contain is decided by the
 *   HTML policy: the pipeline's last step (rehype-sanitize with `markdown/html-policy.ts`)
 *   removes scripts, styles, event handlers, `use`/`image`/`foreignObject` and any reference to
 *   another file or site.
 * - A raster file (PNG, JPEG, WebP) cannot be resized here: the body is rendered while content
 *   syncs, before Astro's image pipeline exists. The figure holds an empty card carrying
 *   `data-figure-image="<slug>/<name>"`, which `loadPaperBody` (collections/queries/) fills with
 *   a `<picture>` made by astro:assets from the `figureImages` collection.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { IMAGE_LICENSES, type ImageFigure } from '../content/schema';
import type { Lang } from '../i18n/langs';
import { useTranslations } from '../i18n';
import { h } from 'hastscript';
import { mathHtml } from './math';

/** Presentation attributes that may point at an element by `url(#id)`. */
const URL_ATTRIBUTES = ['fill', 'stroke', 'clipPath', 'markerStart', 'markerMid', 'markerEnd'];

/**
 * Prepares an SVG tree for the page: prefixes its ids (and the `url(#id)` references to them),
 * drops its own `<title>`/`<desc>` and anything but elements and text, and unwraps its links (a
 * figure is not a link list).
 */
function prepare(node: Element, prefix: string): void {
  const id = node.properties.id;
  if (typeof id === 'string') node.properties.id = `${prefix}${id}`;
  for (const name of URL_ATTRIBUTES) {
    const value = node.properties[name];
    if (typeof value === 'string')
      node.properties[name] = value.replace(/url\(\s*(['"]?)#/g, `url($1#${prefix}`);
  }
  node.children = node.children.flatMap((child) => {
    if (child.type !== 'element') return child.type === 'text' ? [child] : [];
    if (child.tagName === 'title' || child.tagName === 'desc') return [];
    prepare(child, prefix);
    return child.tagName === 'a' ? child.children : [child];
  });
}

/** A number from an SVG length such as "640", "640px" or "640.5"; undefined for "100%" or "20em". */
function pixels(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** The SVG file of an image figure, read, parsed and prepared for inlining (see the header). */
function inlineSvg(file: string, name: string, alt: string): Element {
  const tree = fromHtml(readFileSync(file, 'utf8'), { fragment: true, space: 'svg' });
  const svg = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
  if (!svg) throw new Error(`${file}: the file has no <svg> element`);
  prepare(svg, `figure-${name}-`);
  const width = pixels(svg.properties.width);
  const height = pixels(svg.properties.height);
  if (svg.properties.viewBox === undefined && width && height)
    svg.properties.viewBox = `0 0 ${width} ${height}`;
  const titleId = `figure-${name}-alt`;
  svg.properties.role = 'img';
  svg.properties.ariaLabelledBy = [titleId];
  svg.properties.focusable = 'false';
  delete svg.properties.ariaLabel;
  delete svg.properties.ariaHidden;
  svg.children.unshift(h('title', { id: titleId }, [alt]));
  return svg;
}

/** The caption: 図N, the caption text, then whose figure it is and its licence, linked. */
function caption(spec: ImageFigure, lang: Lang): Element {
  const t = useTranslations(lang);
  const licence = IMAGE_LICENSES[spec.license];
  return h('figcaption', [
    h('span', { className: ['figure-number'] }),
    ...mathHtml(spec.caption[lang]),
    ' ',
    h('span', { className: ['figure-credit'] }, [
      t('figure.credit', { credit: spec.credit[lang] }),
      t('figure.licenseBefore'),
      h('a', { href: licence.url, rel: ['license'], hrefLang: 'en' }, [licence.label]),
      t('figure.licenseAfter'),
    ]),
  ]);
}

/**
 * Figure `name` of the paper in `paperDir` (its folder name is the slug) for one edition: the
 * inlined SVG, or for a raster file the card `loadPaperBody` fills.
 */
export function renderImageFigure(
  name: string,
  spec: ImageFigure,
  lang: Lang,
  paperDir: string,
): Element {
  const file = join(paperDir, spec.file);
  const card = spec.file.endsWith('.svg')
    ? h('div', { className: ['figure-image-card', 'figure-image-svg'] }, [
        inlineSvg(file, name, spec.alt[lang]),
      ])
    : h('div', {
        className: ['figure-image-card'],
        dataFigureImage: `${basename(paperDir)}/${name}`,
      });
  return h('figure', { className: ['figure', 'figure-image'], dataFigure: name }, [
    card,
    caption(spec, lang),
  ]);
}
