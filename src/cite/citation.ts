/**
 * Citations besides BibTeX: APA (7th edition) for the original paper, and BibTeX plus APA for
 * the digest page itself ("cite this digest"). Pure functions of the content's facts.
 */
import type { Author, PaperFacts, Venue } from '../content/schema';
import { bibtexEntry, escapeBibtex, familyFirst, toBibtex } from './bibtex';
import { longDate, noonUtc, paperUrl } from '../content/views/papers';
import { formatDay } from '../content/views/provenance';

/** A run of citation text; `italic` marks the part APA sets in italics. */
interface CitationPart {
  text: string;
  italic?: boolean;
}

/** A citation as plain text (for copying) and as parts (for display with italics). */
export interface FormattedCitation {
  text: string;
  parts: CitationPart[];
}

const join = (parts: CitationPart[]): FormattedCitation => ({
  text: parts.map((p) => p.text).join(''),
  parts,
});

/**
 * APA initials of the given names: "Shin'ya" → "S.", "Jean-Pierre" → "J.-P.",
 * "Mary Ann" → "M. A.".
 */
export function apaInitials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`)
        .join('-'),
    )
    .join(' ');
}

/** "Kazuki Adachi" → "Adachi, K."; the last word is taken as the family name (as in BibTeX). */
export const apaName = (author: Pick<Author, 'name'>): string =>
  familyFirst(author.name, apaInitials);

/**
 * The author list in APA 7: "A, B, & C"; from 21 authors on, the first 19, an ellipsis and
 * the last one.
 */
export function apaAuthors(authors: readonly Pick<Author, 'name'>[]): string {
  const names = authors.map(apaName);
  if (names.length === 1) return names[0] as string;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** Ends a sentence with a period unless it already ends in punctuation ("?", "!", "."). */
const sentence = (s: string) => (/[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * The APA reference of the original paper as a conference paper:
 * "Authors. (Year). Title. In *Proceedings*. URL". The title is kept as published: turning it
 * into sentence case automatically would lower-case names and acronyms.
 */
export function apaCitation(
  facts: Pick<PaperFacts, 'authors' | 'year' | 'originalTitle' | 'arxiv' | 'openreview'>,
  venue: Pick<Venue, 'booktitle'>,
): FormattedCitation {
  return join([
    {
      text: `${sentence(apaAuthors(facts.authors))} (${facts.year}). ${sentence(facts.originalTitle)} In `,
    },
    { text: venue.booktitle, italic: true },
    { text: `. ${paperUrl(facts)}` },
  ]);
}

/** What is needed to cite one page of the digest. */
export interface DigestCitationInput {
  /** BibTeX key of the original paper; the digest's key is derived from it. */
  bibtexKey: string;
  /** The page's title in its language. */
  title: string;
  /** The site's name in the page's language (the corporate author). */
  siteName: string;
  /** The original paper's title, as published. */
  originalTitle: string;
  /** The page's canonical URL. */
  url: string;
  lang: 'ja' | 'en';
  /**
   * The page's date, "YYYY-MM-DD": the day it last changed (its facts checked against the
   * sources, or a correction published). Without one the reference says "(n.d.)".
   */
  date?: string | undefined;
}

/** BibTeX `@misc` entry for a digest page; the site is a corporate author (double braces). */
export function digestBibtex(input: DigestCitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(input.siteName)}}`],
    ['title', escapeBibtex(input.title)],
    ['howpublished', `\\url{${input.url}}`],
    ['note', `Digest of ${escapeBibtex(`“${input.originalTitle}”`)}`],
    ['language', input.lang === 'ja' ? 'japanese' : 'english'],
  ];
  return bibtexEntry('misc', `${input.bibtexKey}-digest-${input.lang}`, fields);
}

/**
 * The date of an APA reference to a web page: "2026, December 6" in English, "2026年12月6日" in
 * Japanese; "n.d." without a date.
 */
export function apaDate(day: string | undefined, lang: 'ja' | 'en'): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'n.d.';
  if (lang === 'ja') return formatDay(day, 'ja');
  const date = noonUtc(day);
  const month = longDate('en', 'UTC', { month: 'long' }).format(date);
  return `${date.getUTCFullYear()}, ${month} ${date.getUTCDate()}`;
}

/** The later of the given "YYYY-MM-DD" days (undefined when there is none). */
export function latestDay(days: readonly (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
}

/**
 * APA reference for a digest page as a dated web page: "Site. (2026, December 6). *Title*. URL"
 * ("(n.d.)" only when the page has no date).
 */
export function digestApa(input: DigestCitationInput): FormattedCitation {
  return join([
    { text: `${sentence(input.siteName)} (${apaDate(input.date, input.lang)}). ` },
    { text: input.title, italic: true },
    { text: `. ${input.url}` },
  ]);
}

/** Every citation a paper page shows: the original (BibTeX, APA) and the digest page itself. */
export function paperCitations(
  paper: {
    lang: 'ja' | 'en';
    facts: PaperFacts;
    venue: Pick<Venue, 'booktitle'>;
    prose: { title: string };
  },
  page: { url: string; siteName: string; date?: string | undefined },
) {
  const digest: DigestCitationInput = {
    bibtexKey: paper.facts.bibtexKey,
    title: paper.prose.title,
    siteName: page.siteName,
    originalTitle: paper.facts.originalTitle,
    url: page.url,
    lang: paper.lang,
    date: page.date,
  };
  return {
    original: {
      bibtex: toBibtex(paper.facts, paper.venue),
      apa: apaCitation(paper.facts, paper.venue),
    },
    digest: { bibtex: digestBibtex(digest), apa: digestApa(digest) },
  };
}
