/**
 * What the search does to a query before the index sees it: Unicode normalisation and the
 * glossary's synonyms and abbreviations. Pure: shared by the browser code and the unit tests.
 */
import type { GlossaryEntry } from '../../content/schema';
import type { Lang } from '../../i18n/langs';

/**
 * Normalises a query as readers type it: NFKC (full-width Latin and digits become half-width,
 * half-width katakana become full-width), every dash and long-vowel look-alike between Latin
 * letters becomes "-", the ideographic space becomes a space, runs of spaces collapse.
 * Case is kept: the index folds it itself.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The key a name is compared under: normalised, lower-case, with "-" and spaces unified. */
export function synonymKey(name: string): string {
  return normaliseQuery(name)
    .toLowerCase()
    .replace(/[-\s]+/g, ' ');
}

/** One glossary entry as the search needs it (shipped to the browser as JSON). */
export interface SynonymEntry {
  id: string;
  /** The term in each edition's language: what a match is searched as. */
  ja: string;
  en: string;
  /** Every name readers may type, as `synonymKey`s. */
  keys: string[];
  /** Slugs of the papers that use the term. */
  papers: string[];
  /** The definition in the edition's language (shown when a query names the term). */
  definition?: string;
}

/** Turns the glossary into the table the search matches queries against (with `lang`, each entry's definition in it). */
export function synonymTable(entries: Record<string, GlossaryEntry>, lang?: Lang): SynonymEntry[] {
  return Object.entries(entries).map(([id, e]) => ({
    id,
    ja: e.term,
    en: e.en,
    keys: [...new Set([e.term, e.en, ...e.abbreviations, ...e.aliases].map(synonymKey))],
    papers: [...e.papers],
    ...(lang ? { definition: e.definition[lang] } : {}),
  }));
}

/** What a query becomes: the queries to run and the papers the glossary ties it to. */
export interface ExpandedQuery {
  /** The normalised query, always searched first. */
  query: string;
  /** Further queries: the matched terms in the page's language. */
  alternatives: string[];
  /** Papers that use a term the query names (ranked first). */
  papers: string[];
  /** Glossary entries the query names. */
  matched: string[];
}

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

/**
 * Finds glossary terms in a query and expands them. A Latin-script name must match whole
 * words; a Japanese name may sit inside a longer run (Japanese has no spaces), longest first.
 */
export function expandQuery(
  raw: string,
  table: readonly SynonymEntry[],
  lang: Lang,
): ExpandedQuery {
  const query = normaliseQuery(raw);
  const wholeKey = synonymKey(query);
  let rest = ` ${wholeKey} `;
  const names = table
    .flatMap((entry) => entry.keys.map((key) => ({ key, entry })))
    .sort((a, b) => b.key.length - a.key.length);
  const matched: SynonymEntry[] = [];
  for (const { key, entry } of names) {
    if (key.length < 2) continue;
    const needle = isAscii(key) ? ` ${key} ` : key;
    const at = rest.indexOf(needle);
    if (at < 0) continue;
    // Cut the match out so a shorter name inside it (PU inside "PU learning") is not matched again.
    rest = `${rest.slice(0, at)} ${' '.repeat(needle.length)} ${rest.slice(at + needle.length)}`;
    if (!matched.includes(entry)) matched.push(entry);
  }
  const alternatives = [...new Set(matched.map((e) => e[lang]))].filter(
    (term) => synonymKey(term) !== wholeKey,
  );
  return {
    query,
    alternatives,
    papers: [...new Set(matched.flatMap((e) => e.papers))],
    matched: matched.map((e) => e.id),
  };
}

/**
 * Words to mark on the page a reader lands on: the query's words and the glossary terms it
 * named, longest first, without duplicates or one-character Latin words.
 */
export function highlightTerms(expanded: Pick<ExpandedQuery, 'query' | 'alternatives'>): string[] {
  const words = [expanded.query, ...expanded.query.split(' '), ...expanded.alternatives]
    .map((w) => w.trim())
    .filter((w) => w.length > 1 || (w.length === 1 && !isAscii(w)));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 8);
}
