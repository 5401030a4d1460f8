/**
 * One search, from the typed query to the hits shown: glossary expansion, filters, ranking over
 * the shards the terms live in, the check against the page text, excerpts and sub-results.
 * Pure: files come through the `shard` and `doc` callbacks, so the browser (fetch), the unit
 * tests (fixtures) and the build tests (the built files) run exactly the same code.
 */
import { expandQuery, highlightTerms, synonymKey, type ExpandedQuery } from './expand';
import type { SearchData } from '../build/search-data';
import type { Lang } from '../../i18n/langs';
import type { SearchDoc, SearchFilters, SearchMeta, SearchShard, SearchWords } from './format';
import { correctQuery, mayCorrect } from './typo';
import { bestSection, excerpt, rank, topSections, verify, type Candidate } from './query';
import { queryGroups, queryShards, shardOf, wordTerm } from './tokens';

export interface SubHit {
  title: string;
  url: string;
  excerpt: string;
}

export interface Hit {
  url: string;
  title: string;
  /** HTML: page text escaped, matches in <mark>. */
  excerpt: string;
  /** The (at most three) sections with the best matches, in page order. */
  sections: SubHit[];
}

/** A glossary entry the query names, shown above the page results. */
export interface GlossaryHit {
  /** The term in the edition's language. */
  term: string;
  definition: string;
  /** Its entry on the glossary page. */
  url: string;
}

export interface SearchOutput {
  hits: Hit[];
  /** Glossary entries the query names (at most two). */
  glossary: GlossaryHit[];
  /** When the query found nothing and a retry with its misspelt words corrected did: that query. */
  corrected?: string;
  /** Pages that match (those found not to, when checked, left out). */
  total: number;
  expanded: ExpandedQuery;
  /** Words to highlight on the page the reader opens. */
  terms: string[];
}

/** A result before its page's file arrives: what the ranking alone knows. */
export interface PreviewHit {
  url: string;
  title: string;
  /** How many sections it will list (as ranked; the check against the text may drop some). */
  sections: number;
}

/**
 * Results shown before the search is done: the titles as ranked, while their pages' files
 * (excerpts, the text check) load; or, on a site whose `meta.json` has no titles, the checked
 * results whose files have arrived, the first ones of the final list, while the rest load.
 */
export interface SearchPreview {
  hits: (PreviewHit | Hit)[];
  glossary: GlossaryHit[];
  /** Words to highlight on the page the reader opens. */
  terms: string[];
}

export interface SearchSource {
  meta: SearchMeta;
  data: SearchData;
  lang: Lang;
  shard: (n: number) => Promise<SearchShard>;
  doc: (n: number) => Promise<SearchDoc>;
  /** Filter name → value → pages (fetched only for a filter or a glossary term). */
  filters: () => Promise<SearchFilters>;
  /** The edition's vocabulary, for a query that finds nothing (no typo retry without it). */
  words?: () => Promise<SearchWords>;
}

/** Characters of excerpt around a match: Japanese packs more into each. */
const EXCERPT_LENGTH: Record<Lang, number> = { ja: 72, en: 150 };

/**
 * Runs a search. When `signal` is aborted (the reader typed on), the search stops at its next
 * wait and rejects with the signal's reason, so a superseded query stops using the CPU and the
 * network the current one needs. `preview` is called once the ranking is done, before the
 * pages' files are fetched, with the titles of the results as ranked (not when nothing matched).
 * When `meta.json` has no titles it is called instead with the complete results whose pages'
 * files have arrived, in rank order (with the first one as soon as it is checked, then each time
 * that prefix grows and the next file is still on its way, so never with the final list): a
 * result shown is never moved by a later one.
 */
export type Search = (
  query: string,
  filters: Record<string, string>,
  limit?: number,
  signal?: AbortSignal,
  preview?: (preview: SearchPreview) => void,
) => Promise<SearchOutput>;

export function createSearch({
  meta,
  data,
  lang,
  shard,
  doc,
  filters: filterFile,
  words,
}: SearchSource): Search {
  const termShard = (term: string) => shardOf(term, meta.s);

  /**
   * While a glossary name is being typed ("wave" of "wavelet"), the shards its full name will
   * need for its term in the edition's language (another script, so other shards). Fetched
   * without waiting, when the query so far begins the names of one entry only and has four
   * characters or more, so the last keystroke finds them there or on their way. (Not the filters
   * file: 6 KiB at 1,000 papers, and a name typed on to another word, "diffusion models", does
   * not need it.)
   */
  const fetchLikely = (query: string) => {
    const typed = synonymKey(query);
    if ([...typed].length < 4) return;
    const [entry, ...more] = data.synonyms.filter((e) => e.keys.some((k) => k.startsWith(typed)));
    if (!entry || more.length) return;
    for (const n of queryShards(queryGroups(entry[lang]), meta.s)) void shard(n).catch(() => {});
  };

  const once: Search = async (query, filters, limit = 8, signal, preview) => {
    const expanded = expandQuery(query, data.synonyms, lang);
    const terms = highlightTerms(expanded);
    const queries = [...new Set([expanded.query, ...expanded.alternatives].filter(Boolean))];
    const groupsList = queries.map(queryGroups).filter((g) => g.length > 0);
    const needed = [...new Set(groupsList.flatMap((g) => queryShards(g, meta.s)))];
    // The shards, and the filters (from meta.json, or their file) when a filter or a glossary
    // term needs them, all at once.
    const wantFilters = Object.keys(filters).length > 0 || expanded.papers.length > 0;
    const [loadedShards, f] = await Promise.all([
      Promise.all(needed.map(async (n) => [n, await shard(n)] as const)),
      wantFilters ? (meta.f ?? filterFile()) : ({} satisfies SearchFilters),
    ]);
    const loaded = new Map(loadedShards);
    signal?.throwIfAborted();
    const pagesOf = (name: string, values: readonly string[]) =>
      new Set(values.flatMap((v) => f[name]?.[v] ?? []));
    // Filters narrow the pages; several filters must all hold.
    let allowed: Set<number> | undefined;
    for (const [name, value] of Object.entries(filters)) {
      const pages = pagesOf(name, [value]);
      allowed = allowed ? new Set([...allowed].filter((d) => pages.has(d))) : pages;
    }
    // Each page once, with its best score over the query and the glossary's terms for it.
    const best = new Map<number, Candidate>();
    const all = new Map<number, Candidate[]>();
    for (const groups of groupsList) {
      for (const c of rank(groups, loaded, meta, termShard, allowed)) {
        all.set(c.doc, [...(all.get(c.doc) ?? []), c]);
        const seen = best.get(c.doc);
        if (!seen || c.score > seen.score) best.set(c.doc, c);
      }
    }
    // The papers that use a glossary term the query names come first, even when their text uses
    // another form of it; with no query at all, the filters list their pages.
    const boosted = pagesOf('paper', expanded.papers);
    if (!expanded.query) for (const d of allowed ?? []) boosted.add(d);
    for (const d of boosted) {
      if (!best.has(d) && (!allowed || allowed.has(d)))
        best.set(d, { doc: d, score: 0, groups: [], perGroup: [] });
    }
    const order = [...best.values()].sort(
      (a, b) =>
        Number(boosted.has(b.doc)) - Number(boosted.has(a.doc)) ||
        b.score - a.score ||
        a.doc - b.doc,
    );
    // Words to mark in excerpts: the highlight terms and the stems of the query's words.
    const marks = [
      ...terms,
      ...groupsList
        .flat()
        .filter((g) => g.kind === 'word' && g.text.length > 2)
        .map((g) => wordTerm(g.text)),
    ];
    const length = EXCERPT_LENGTH[lang];
    const glossary = expanded.matched.slice(0, 2).flatMap((id): GlossaryHit[] => {
      const entry = data.synonyms.find((e) => e.id === id);
      return entry?.definition && data.glossary
        ? [{ term: entry[lang], definition: entry.definition, url: `${data.glossary}#${id}` }]
        : [];
    });
    const titles = meta.t;
    if (preview && titles && order.length > 0)
      preview({
        hits: order.slice(0, limit).map((c) => {
          const [url, title] = titles[c.doc] ?? ['', ''];
          return { url, title, sections: topSections(c).length };
        }),
        glossary,
        terms,
      });
    // Check the best candidates against their text, fetching more when some fall out. The files
    // are asked for at once and checked in rank order as they come.
    const hits: Hit[] = [];
    let rejected = 0;
    let reported = 0;
    for (let at = 0; at < order.length && hits.length < limit;) {
      const batch = order.slice(at, at + (limit - hits.length));
      at += batch.length;
      const files = batch.map((c) => doc(c.doc));
      const arrived = files.map(() => false);
      files.forEach(
        (file, i) =>
          void file.then(
            () => (arrived[i] = true),
            () => undefined,
          ),
      );
      for (let i = 0; i < batch.length; i++) {
        const c = batch[i] as Candidate;
        const page = await (files[i] as Promise<SearchDoc>);
        signal?.throwIfAborted();
        // The best match that holds up: the query's run may sit apart where the glossary's term is written out.
        const tries = (all.get(c.doc) ?? [c]).sort((a, b) => b.score - a.score);
        const checked = c.groups.length
          ? (tries.map((t) => verify(t, page)).find((v) => v !== null) ?? null)
          : c;
        if (!checked) rejected++;
        else
          hits.push({
            url: page.u,
            title: page.t,
            excerpt: excerpt(page.s[bestSection(checked)]?.[2] ?? '', marks, length),
            sections: topSections(checked).map((sec) => {
              const [id, heading, body] = page.s[sec] as [string, string, string];
              return {
                title: heading,
                url: `${page.u}#${id}`,
                excerpt: excerpt(body, marks, length),
              };
            }),
          });
        // No titles were shown first: the first result shows as soon as it is checked, and the
        // results checked so far whenever the next file is still on its way.
        const more = i + 1 < batch.length || (hits.length < limit && at < order.length);
        const waiting = i + 1 < batch.length ? !arrived[i + 1] : more;
        if (preview && !titles && hits.length > reported && more && (waiting || reported === 0)) {
          reported = hits.length;
          preview({ hits: [...hits], glossary, terms });
          // The next file is there already: let the browser paint the first result before checking it.
          if (!waiting) await new Promise((resolve) => setTimeout(resolve));
        }
      }
    }
    return {
      hits,
      glossary,
      total: order.length - rejected,
      expanded,
      terms,
    };
  };

  return async (query, filters, limit, signal, preview) => {
    fetchLikely(query);
    const out = await once(query, filters, limit, signal, preview);
    if (out.hits.length > 0 || !words || !mayCorrect(out.expanded.query)) return out;
    // Nothing found: retry with the English words that are one edit from a word the edition uses.
    const corrected = correctQuery(out.expanded.query, await words());
    signal?.throwIfAborted();
    if (!corrected) return out;
    const retry = await once(corrected, filters, limit, signal, preview);
    return retry.hits.length > 0 ? { ...retry, corrected } : out;
  };
}
