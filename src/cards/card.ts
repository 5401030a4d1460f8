/**
 * The social card of a page, as a satori element tree built from plain objects, and the choice
 * of font subsets it needs. Pure: `render.ts` turns the tree into a PNG.
 */
import { CARD_SIZE } from '../site/social';

/** What a card shows. */
export interface CardContent {
  lang: 'ja' | 'en';
  /** Small line above the title: the site's name. */
  eyebrow: string;
  title: string;
  /** A second line under the title (the original English title on Japanese paper cards). */
  subtitle?: string;
  /** The authors, on paper cards. */
  authors?: string;
  /** The venue, e.g. "ICLR 2025". */
  venue: string;
}

/** A node of satori's element tree (the shape React elements have). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | string;
    lang?: string;
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children: (CardNode | string)[] | string,
  lang?: string,
): CardNode => ({
  type,
  props: { style, children, ...(lang ? { lang } : {}) },
});

/** Title size that keeps long titles within three or four lines. */
export function titleSize(title: string, lang: 'ja' | 'en'): number {
  // Japanese characters are about twice as wide as Latin ones.
  const units = [...title].reduce(
    (n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1),
    0,
  );
  if (units <= 40) return 68;
  if (units <= 70) return 56;
  if (units <= 110) return 46;
  return lang === 'ja' ? 40 : 38;
}

/** The card as an element tree: light background, accent bar, title, authors and venue. */
export function cardTree(card: CardContent, fontFamily = 'Noto Sans JP'): CardNode {
  const muted = '#4f5661';
  const body: (CardNode | string)[] = [
    el('div', { fontSize: 30, color: '#0b57d0', fontWeight: 700 }, card.eyebrow),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
      el(
        'div',
        {
          fontSize: titleSize(card.title, card.lang),
          fontWeight: 700,
          lineHeight: 1.3,
          color: '#1b1d21',
        },
        card.title,
      ),
      ...(card.subtitle
        ? [
            el(
              'div',
              { fontSize: 28, marginTop: 18, color: muted, lineHeight: 1.35 },
              card.subtitle,
              'en',
            ),
          ]
        : []),
    ]),
    ...(card.authors
      ? [el('div', { fontSize: 28, color: '#1b1d21', lineHeight: 1.4 }, card.authors, 'en')]
      : []),
    el('div', { display: 'flex', marginTop: 16, fontSize: 30, fontWeight: 700, color: '#ffffff' }, [
      el('div', { backgroundColor: '#0b57d0', padding: '6px 20px', borderRadius: 8 }, card.venue),
    ]),
  ];
  return el(
    'div',
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      display: 'flex',
      flexDirection: 'row',
      backgroundColor: '#ffffff',
      fontFamily,
    },
    [
      el('div', { width: 24, height: CARD_SIZE.height, backgroundColor: '#0b57d0' }, []),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 56px 64px' },
        body,
      ),
    ],
    card.lang,
  );
}

/** Every piece of text on a card (to choose the font subsets that cover it). */
export function cardText(card: CardContent): string {
  return [card.eyebrow, card.title, card.subtitle ?? '', card.authors ?? '', card.venue].join('');
}

/** Parses a CSS `unicode-range` list ("U+3000-30ff,U+4e00") into inclusive code point ranges. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '', to] = part.split('-');
      if (from.includes('?'))
        return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)];
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
}

/**
 * Finds the font subset (a key of a Fontsource `unicode.json`) that covers a code point: the
 * first in the map's order whose ranges include it, or undefined when none does. The ranges
 * are parsed once per map and each code point is looked up once, so a build that checks
 * thousands of cards does not re-parse the map for every character (that re-parsing once took
 * most of a 1,000-paper build).
 */
export type SubsetLookup = (codePoint: number) => string | undefined;

const lookups = new WeakMap<Record<string, string>, { names: string[]; find: SubsetLookup }>();

/** The subset names of a map, in its order, and its (memoised) code point lookup. */
export function subsetIndex(unicodeMap: Record<string, string>): {
  names: string[];
  find: SubsetLookup;
} {
  const known = lookups.get(unicodeMap);
  if (known) return known;
  const ranges = Object.entries(unicodeMap).map(([name, range]) => ({
    name,
    ranges: parseUnicodeRange(range),
  }));
  const seen = new Map<number, string | undefined>();
  const find: SubsetLookup = (cp) => {
    if (seen.has(cp)) return seen.get(cp);
    const name = ranges.find((r) => r.ranges.some(([a, b]) => cp >= a && cp <= b))?.name;
    seen.set(cp, name);
    return name;
  };
  const index = { names: ranges.map((r) => r.name), find };
  lookups.set(unicodeMap, index);
  return index;
}

/**
 * The names of the font subsets (keys of a Fontsource `unicode.json`) needed to draw `text`,
 * in the map's order. Characters no subset covers are skipped.
 */
export function subsetsFor(text: string, unicodeMap: Record<string, string>): string[] {
  const { names, find } = subsetIndex(unicodeMap);
  const needed = new Set<string>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0) as number;
    if (cp <= 0x20) continue;
    const hit = find(cp);
    if (hit) needed.add(hit);
  }
  return names.filter((n) => needed.has(n));
}
