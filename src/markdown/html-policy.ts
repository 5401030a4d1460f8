/**
 * The HTML policy: the one allow-list of elements, attributes and URL schemes that may reach a
 * page from content. Two layers read it, so they cannot drift apart:
 * - the content linter (`src/lint/markup.ts`) fails the build when an author's markup or
 *   frontmatter breaks it, naming the file, line and what was found;
 * - the sanitizer at the end of the Markdown pipeline (`rehype-sanitize` with `sanitizeSchema`)
 *   removes whatever the linter missed, so nothing outside the list reaches a page.
 *
 * The list holds what a digest needs, plus what the pipeline itself produces: KaTeX (HTML with
 * inline styles, MathML, SVG for radicals and wide accents), heading self-links, table wrappers,
 * glossary links, `lang` spans, focusable formulas, and the inline SVG of figures.
 */
import { find, html, svg } from 'property-information';
import { decodeHTML } from 'entities';
import type { Schema } from 'hast-util-sanitize';

/** Text-level and block elements an author may write in a body, and the pipeline produces. */
const HTML_ELEMENTS =
  'a abbr aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'.split(
    ' ',
  );

/** MathML as KaTeX writes it (its accessible twin of every formula). */
const MATHML_ELEMENTS =
  'math annotation semantics menclose merror mfrac mi mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none'.split(
    ' ',
  );

/**
 * SVG drawing elements: KaTeX's radicals and arrows, and the figures (inline SVG built at build
 * time). No `use`, `image`, `foreignObject`, animation or `script`: they load or run things.
 */
const SVG_ELEMENTS =
  'svg g path line polyline polygon rect circle ellipse text tspan title desc defs marker clipPath linearGradient radialGradient stop'.split(
    ' ',
  );

/** Every element the policy allows. */
const ALLOWED_ELEMENTS: readonly string[] = [...HTML_ELEMENTS, ...MATHML_ELEMENTS, ...SVG_ELEMENTS];

/** Elements whose name alone fails the build: they run code, load other documents or submit. */
export const FORBIDDEN_ELEMENTS: readonly string[] =
  'script style iframe frame frameset object embed applet form input button select textarea base link meta noscript template portal foreignObject use image animate set handler'.split(
    ' ',
  );

/** Elements in SVG's namespace (their attributes are read with SVG's names). */
const SVG_ELEMENT_NAMES: ReadonlySet<string> = new Set<string>(SVG_ELEMENTS);

/** Every `aria-*` attribute, as hast names them (ariaLabel, ariaHidden, ...). */
const ARIA = Object.keys(html.property).filter((p) => /^aria[A-Z]/.test(p));

/**
 * An inline style without anything that fetches or runs: no `url(`, `expression(`, `@import`,
 * CSS escapes or markup. KaTeX positions its glyphs with such styles.
 */
export const SAFE_STYLE =
  /^(?![\s\S]*(?:url\s*\(|expression\s*\(|@import|\\|<|>|javascript:))[\s\S]*$/i;

const SVG_PRESENTATION =
  'viewBox preserveAspectRatio xmlns width height x y x1 y1 x2 y2 cx cy r rx ry d points dx dy fill fillOpacity fillRule stroke strokeWidth strokeDashArray strokeDashOffset strokeLineCap strokeLineJoin strokeOpacity strokeMiterLimit fontVariant opacity transform textAnchor dominantBaseline alignmentBaseline fontSize fontFamily fontWeight fontStyle textLength lengthAdjust markerStart markerMid markerEnd markerWidth markerHeight markerUnits refX refY orient clipPath clipPathUnits offset stopColor stopOpacity gradientUnits gradientTransform vectorEffect shapeRendering focusable overflow'.split(
    ' ',
  );

/**
 * A presentation value that refers to nothing outside the SVG: `url(#id)` (a gradient, marker or
 * clip path of the same drawing) passes, `url(https://…)` or `url(other.svg#x)` does not.
 */
const NO_EXTERNAL_URL = /^(?![\s\S]*url\s*\(\s*(?!['"]?\s*#))[\s\S]*$/i;

/** SVG attributes whose value may hold `url(…)`: only references inside the drawing are kept. */
const SVG_URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'fill',
  'stroke',
  'clipPath',
  'markerStart',
  'markerMid',
  'markerEnd',
]);

const MATHML_ATTRIBUTES =
  'xmlns display encoding mathvariant mathcolor mathbackground fence lspace rspace separator stretchy symmetric largeop movablelimits maxsize minsize width height depth voffset accent accentunder displaystyle scriptlevel columnalign columnspacing columnlines rowalign rowspacing rowlines frame framespacing equalrows equalcolumns linethickness notation columnspan rowspan'.split(
    ' ',
  );

const attributes: Record<string, (string | [string, ...(string | number | RegExp)[]])[]> = {
  // Global: classes, ids (heading anchors), language, accessibility, a focusable formula's tabindex.
  '*': [
    'className',
    'id',
    'lang',
    'dir',
    'title',
    'role',
    ...ARIA,
    ['tabIndex', 0, '0'],
    'dataPagefindIgnore',
    'translate',
    // The search-only twin of a formula (rehype-formulas.ts) is `hidden`: without it, the TeX
    // or the placeholder would show on the page beside the formula.
    'hidden',
  ],
  // data-figure / data-figure-ref: the figure's name, written by the figure component (src/figures/).
  // An image figure's licence link carries rel="license".
  a: ['href', 'hrefLang', 'rel', ['target', '_blank'], 'dataFigureRef'],
  figure: ['dataFigure'],
  // The card of an image figure that loadPaperBody fills with its picture (src/figures/image.ts).
  div: ['dataFigureImage'],
  img: ['src', 'alt', 'width', 'height', ['loading', 'lazy', 'eager'], ['decoding', 'async']],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  time: ['dateTime'],
  data: ['value'],
  details: ['open'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['align', 'colSpan', 'rowSpan', 'headers'],
  th: ['align', 'colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  // KaTeX lays glyphs out with inline styles (allowed by the CSP's style-src-attr).
  span: [['style', SAFE_STYLE]],
  ...Object.fromEntries(MATHML_ELEMENTS.map((name) => [name, MATHML_ATTRIBUTES])),
  ...Object.fromEntries(
    SVG_ELEMENTS.map((name) => [
      name,
      [
        ...SVG_PRESENTATION.map((a): string | [string, RegExp] =>
          SVG_URL_ATTRIBUTES.has(a) ? [a, NO_EXTERNAL_URL] : a,
        ),
        ['style', SAFE_STYLE],
      ],
    ]),
  ),
};

/**
 * URL schemes allowed per URL attribute; relative URLs (`/papers/x/`, `#method`) always pass.
 * No `javascript:`, `vbscript:` or `data:` anywhere.
 */
const protocols: Record<string, string[]> = {
  href: ['https', 'http', 'mailto'],
  src: ['https', 'http'],
  cite: ['https', 'http'],
};

/** The rehype-sanitize schema: the last step of the pipeline (`src/markdown/pipeline.ts`). */
export const sanitizeSchema: Schema = {
  tagNames: [...ALLOWED_ELEMENTS],
  attributes,
  protocols,
  // Heading ids are the pages' stable anchors (#method): no "user-content-" prefix.
  clobber: [],
  clobberPrefix: '',
  // Dropped with their content; other unknown elements are unwrapped (their text stays).
  // foreignObject: the HTML inside an SVG's foreign object would otherwise be unwrapped into the drawing.
  strip: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'noscript',
    'template',
    'textarea',
    'foreignObject',
  ],
  allowComments: false,
  allowDoctypes: false,
  required: {},
  ancestors: {},
};

/** URL-bearing attributes, by their hast property names. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set(
  'href src srcSet xLinkHref action formAction cite poster background data codeBase longDesc useMap manifest icon ping lowsrc dynsrc'.split(
    ' ',
  ),
);

/** Strips what browsers ignore inside a URL (tabs, newlines), zero-width and control characters. */
function squeeze(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    /[\u0000-\u001F\u007F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g,
    '',
  );
}

/** Decodes character references (`&#106;`, `&#x6A;`, `&colon;`) as an HTML parser does, repeatedly. */
export function decodeEntities(text: string): string {
  let out = text;
  for (let i = 0; i < 4 && out.includes('&'); i++) out = decodeHTML(out);
  return out;
}

/** The dangerous scheme a URL uses (`javascript:`, `vbscript:`, `data:`), however it is disguised; or null. */
export function dangerousScheme(url: string): string | null {
  const plain = squeeze(decodeEntities(url))
    .replace(/^[\s\u00A0]+/, '')
    .toLowerCase();
  return /^(javascript|vbscript|data):/.exec(plain)?.[1] ?? null;
}

/** Every URL of an attribute value: one, or each candidate of a `srcset`. */
export function urlsOf(property: string, value: string): string[] {
  if (property !== 'srcSet') return [value];
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

/** The hast property name of an attribute as written (`class` → className, `stroke-width` → strokeWidth). */
export function propertyName(attribute: string, element: string): string {
  return find(SVG_ELEMENT_NAMES.has(element) ? svg : html, attribute).property;
}
