/**
 * The files of the search index (one set per edition, under `search-index/<lang>/`), shared by the
 * builder and the engine. All JSON; the host compresses them.
 *
 * - `meta.json`: everything a query needs before it knows its terms (fetched when search opens):
 *   per page its number of sections, and (on a site of up to a few hundred pages) its address and
 *   title, so results show their titles one round trip before their excerpts.
 * - `<hash>/f.json`: filter name → value → pages, fetched only when a filter is chosen or a query
 *   names a glossary term (whose papers rank first), in parallel with the shards; on a small
 *   site `meta.json` carries it too, so such a query waits for nothing but its shards.
 * - `<hash>/s/<n>.json`: shard n of the postings, term → sections and weights.
 * - `<hash>/d/<doc>.json`: one page's title, address and section texts, fetched only for the
 *   results shown (excerpts, sub-results, and the check that a Japanese run is really there).
 * - `<hash>/w.json`: the edition's English words of five letters or more, most frequent first
 *   (`typo.ts`), fetched only when a query finds nothing.
 */

/** The vocabulary file: words, most frequent first. */
export type SearchWords = string[];

/** Format version, bumped when the files change shape. */
export const SEARCH_FORMAT = 3;

export interface SearchMeta {
  v: number;
  /** Folder of this build's shards and pages (a content hash, so caches never mix builds). */
  h: string;
  /** Number of shards. */
  s: number;
  /** Number of sections in the edition (for inverse document frequency). */
  n: number;
  /** Per page, the number of its sections; page i's sections follow page i-1's. */
  d: number[];
  /**
   * Per page, its address and title: a result's title shows as soon as the ranking is done,
   * before the page's file (its excerpt) arrives. Left out when they would weigh more than
   * `META_TITLES_MAX_BYTES` (build.ts).
   */
  t?: [url: string, title: string][];
  /**
   * The filters file's content, when it weighs at most `META_FILTERS_MAX_BYTES` (build.ts): a
   * query naming a glossary term (at four papers, one in several) then needs no further request.
   */
  f?: SearchFilters;
}

/** The filters file: filter name → value → pages that carry it. */
export type SearchFilters = Record<string, Record<string, number[]>>;

/**
 * A shard: term → flat list [section gap, weight, section gap, weight, …]. Section numbers are
 * stored as gaps from the previous one; a weight is the section's BM25 term-frequency part × 100.
 */
export type SearchShard = Record<string, number[]>;

/** One page as results show it. */
export interface SearchDoc {
  /** Address (with the site's base). */
  u: string;
  /** Title. */
  t: string;
  /** Sections in page order: [heading id ("" for the page's opening), heading, text]. */
  s: [string, string, string][];
}
