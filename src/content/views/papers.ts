/**
 * Joins the shared facts of each paper with one edition's prose into the view the pages render.
 * Pure: the `astro:content` adapter in `collections/queries/` feeds it plain objects.
 */
import type { Affiliation, PaperFacts, PaperProse, Tag, Venue } from '../schema';
import type { Lang } from '../../i18n/langs';

/** Lookup tables from `content/data/`. */
export interface Vocabulary {
  tags: Record<string, Tag>;
  affiliations: Record<string, Affiliation>;
  venues: Record<string, Venue>;
}

export interface LabelledKey {
  key: string;
  label: string;
}

/**
 * The presentation type a paper page names beside the venue at its top: only one a primary source
 * confirms. A type that rests on a secondary source, or that no source confirms, is left to the
 * page's metadata, which says where it comes from.
 */
export function headerPresentation(
  facts: Pick<PaperFacts, 'presentation' | 'presentationSource'>,
): Exclude<PaperFacts['presentation'], 'unconfirmed'> | undefined {
  return facts.presentation === 'unconfirmed' || facts.presentationSource
    ? undefined
    : facts.presentation;
}

const openreviewUrl = ({ openreview }: Pick<PaperFacts, 'openreview'>) =>
  openreview && `https://openreview.net/forum?id=${openreview}`;

/** The paper's canonical URL: its OpenReview forum when it has one, else its arXiv abstract. */
export const paperUrl = (facts: Pick<PaperFacts, 'openreview' | 'arxiv'>): string =>
  openreviewUrl(facts) ?? `https://arxiv.org/abs/${facts.arxiv}`;

function lookup<T>(table: Record<string, T>, key: string, what: string): T {
  const value = table[key];
  if (value === undefined) throw new Error(`Unknown ${what} "${key}"`);
  return value;
}

/**
 * Builds the view of one paper in one edition: everything a paper page or card needs. An author's
 * `nameJa` is set in the Japanese edition only; `labs` are the NTT laboratories among the confirmed
 * affiliations (for filters). Unknown keys throw (the linter reports them first).
 */
export function paperView(
  slug: string,
  lang: Lang,
  facts: PaperFacts,
  prose: PaperProse,
  vocab: Vocabulary,
) {
  const venue = lookup(vocab.venues, facts.venue, 'venue');
  const openreview = openreviewUrl(facts);
  const label = (key: string) => lookup(vocab.affiliations, key, 'affiliation')[lang];
  const authors = facts.authors.map((a) => ({
    name: a.name,
    ...(lang === 'ja' && a.nameJa ? { nameJa: a.nameJa } : {}),
    affiliations: [
      ...a.affiliations.map((key) => ({ key, label: label(key), confirmed: true })),
      ...a.unconfirmedAffiliations.map((key) => ({ key, label: label(key), confirmed: false })),
    ],
  }));
  const labKeys = [...new Set(facts.authors.flatMap((a) => a.affiliations))].filter(
    (key) => lookup(vocab.affiliations, key, 'affiliation').nttLab,
  );
  return {
    slug,
    lang,
    order: facts.order,
    facts,
    prose,
    venue,
    authors,
    tags: facts.tags.map((key) => ({ key, label: lookup(vocab.tags, key, 'tag')[lang] })),
    labs: labKeys.map((key) => ({ key, label: label(key) })),
    links: {
      arxiv: `https://arxiv.org/abs/${facts.arxiv}`,
      pdf: `https://arxiv.org/pdf/${facts.arxiv}`,
      ...(openreview ? { openreview } : {}),
      ...(facts.code ? { code: facts.code } : {}),
      canonical: paperUrl(facts),
    },
  };
}

export type PaperView = ReturnType<typeof paperView>;

/** Sorts papers by their `order`, then by slug so equal orders stay stable. */
export function sortPapers<T extends { order: number; slug: string }>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The previous and next paper around `slug` in display order. */
export function neighbours<T extends { slug: string; order: number }>(
  papers: readonly T[],
  slug: string,
): { prev?: T; next?: T } {
  const sorted = sortPapers(papers);
  const i = sorted.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** Author names as a short line: "A, B and C" / "A、B、C". */
export function authorLine(names: readonly string[], lang: Lang): string {
  if (lang === 'ja') return names.join('、');
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Long dates ("2025年4月24日", "24 April 2025") in `timeZone`, and a calendar day as an instant:
 * noon UTC keeps the calendar day the same in every time zone from UTC-11 to UTC+11.
 */
export const longDate = (lang: Lang, timeZone: string, options?: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    ...(options ?? { year: 'numeric', month: 'long', day: 'numeric' }),
    timeZone,
  });
export const noonUtc = (day: string) => new Date(`${day}T12:00:00Z`);

/** Formats a venue's dates with `Intl`, in the site's time zone. */
export function venueDates(
  venue: Pick<Venue, 'start' | 'end'>,
  lang: Lang,
  timeZone: string,
): string {
  const fmt = longDate(lang, timeZone);
  const start = noonUtc(venue.start);
  const end = noonUtc(venue.end);
  if (lang === 'en') return fmt.formatRange(start, end);
  // ICU's Japanese range pattern falls back to "2025/04/24～2025/04/28" on some Node builds,
  // so the usual "2025年4月24日～28日" is composed from single-date formats.
  const sameMonth =
    start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth();
  const endFmt = sameMonth ? longDate(lang, timeZone, { day: 'numeric' }) : fmt;
  return `${fmt.format(start)}～${endFmt.format(end)}`;
}
