/**
 * Builds the search index files from the pages Pagefind extracted (one record per page, already
 * stripped of navigation, footers, KaTeX and anything marked `data-pagefind-ignore`). Pure: the
 * integration feeds it and writes what it returns.
 */
import { createHash } from 'node:crypto';
import {
  SEARCH_FORMAT,
  type SearchDoc,
  type SearchFilters,
  type SearchMeta,
  type SearchShard,
} from '../engine/format';
import { indexTerms, shardOf } from '../engine/tokens';
import { vocabularyOf } from '../engine/typo';

/** A page as Pagefind extracted it (the fields of its fragment this index uses). */
export interface PageRecord {
  url: string;
  title: string;
  /** The page's text, words separated by spaces or zero-width spaces. */
  content: string;
  /** Elements with an id, at the index of the word they start at. */
  anchors: { element: string; id: string; text: string; location: number }[];
  filters: Record<string, string[]>;
}

/** Extra counts for a term in the page title and in a section's heading. */
const TITLE_BOOST = 5;
const HEADING_BOOST = 2;
const K1 = 1.2;
const B = 0.75;
/**
 * Raw JSON bytes a shard aims at (about 2.5 KiB once compressed): a query fetches one shard per
 * term (a Japanese run one per character pair, a glossary term's other-language form its own),
 * so smaller shards keep a first search under 50 KiB.
 */
export const SHARD_TARGET_BYTES = 8 * 1024;
/**
 * Raw JSON bytes of the pages' addresses and titles up to which `meta.json` carries them (about
 * 4 KiB compressed), so results show their titles before their page files arrive. A larger site
 * leaves them out (1,000 generated papers' titles are 7 KiB compressed, which a first search's
 * 50 KiB cannot spare); its results then show whole, when the page files have arrived.
 */
export const META_TITLES_MAX_BYTES = 16 * 1024;
/**
 * Raw JSON bytes of the filters file up to which `meta.json` carries it as well (a few hundred
 * bytes at four papers; 6 KiB compressed at 1,000 generated papers, which stays in `f.json`).
 */
export const META_FILTERS_MAX_BYTES = 2 * 1024;

/** Cuts a page into its opening and one section per heading (h2–h6 with an id). */
export function sections(page: PageRecord): SearchDoc['s'] {
  const starts = Array.from(page.content.matchAll(/[^\s\u200b]+/g), (m) => m.index);
  const at = (word: number) => (word >= starts.length ? page.content.length : (starts[word] ?? 0));
  const heads = page.anchors
    .filter((a) => /^h[2-6]$/.test(a.element) && a.id)
    .sort((a, b) => a.location - b.location);
  const clean = (s: string) =>
    s
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const out: SearchDoc['s'] = [
    ['', page.title, clean(page.content.slice(0, at(heads[0]?.location ?? starts.length)))],
  ];
  heads.forEach((h, i) => {
    let text = clean(
      page.content.slice(at(h.location), at(heads[i + 1]?.location ?? starts.length)),
    );
    // The heading's own words open the section's text; they are kept as its heading instead.
    const heading = clean(h.text);
    if (text.startsWith(heading)) text = text.slice(heading.length).replace(/^\s*\.\s*/, '');
    out.push([h.id, heading, text]);
  });
  return out;
}

export interface BuiltIndex {
  /** Path under `search-index/<lang>/` → file content. */
  files: Map<string, string>;
  stats: { pages: number; sections: number; terms: number; shards: number; bytes: number };
}

/** Builds one edition's index. Pages are numbered in the order given (sort them first). */
export function buildSearchIndex(pages: readonly PageRecord[]): BuiltIndex {
  const docs: SearchDoc[] = pages.map((p) => ({ u: p.url, t: p.title, s: sections(p) }));
  // Terms and lengths per section.
  const secTerms: Map<string, number>[] = [];
  docs.forEach((doc) => {
    doc.s.forEach(([, heading, text], i) => {
      const terms = indexTerms(text);
      const boost = (t: string, times: number) => {
        for (const [term, c] of indexTerms(t)) terms.set(term, (terms.get(term) ?? 0) + c * times);
      };
      if (i === 0) boost(doc.t, TITLE_BOOST);
      else boost(heading, HEADING_BOOST);
      secTerms.push(terms);
    });
  });
  const lengths = secTerms.map((terms) => [...terms.values()].reduce((a, b) => a + b, 0));
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  // Postings: term → [section, weight, …] with absolute section numbers, in order.
  const postings = new Map<string, number[]>();
  secTerms.forEach((terms, sec) => {
    const norm = K1 * (1 - B + (B * (lengths[sec] ?? 0)) / (avg || 1));
    for (const [term, tf] of terms) {
      const w = Math.max(1, Math.round((100 * (tf * (K1 + 1))) / (tf + norm)));
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(sec, w);
    }
  });
  let bytes = 0;
  for (const [term, list] of postings) bytes += term.length * 3 + 6 + list.length * 3;
  const shardCount = Math.max(1, Math.ceil(bytes / SHARD_TARGET_BYTES));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term) as number[];
    (shards[shardOf(term, shardCount)] as SearchShard)[term] = list.map((v, i) =>
      i % 2 ? v : v - (list[i - 2] ?? 0),
    );
  }
  const filters: SearchFilters = {};
  pages.forEach((p, doc) => {
    for (const [name, values] of Object.entries(p.filters)) {
      const byValue = (filters[name] ??= {});
      for (const value of values) (byValue[value] ??= []).push(doc);
    }
  });
  const shardJson = shards.map((s) => JSON.stringify(s));
  const docJson = docs.map((d) => JSON.stringify(d));
  // The opening section's text starts with the page title, so titles count once.
  const wordsJson = JSON.stringify(
    vocabularyOf(docs.flatMap((d) => d.s.flatMap(([, heading, text]) => [heading, text]))),
  );
  const filtersJson = JSON.stringify(filters);
  const hash = createHash('sha256');
  for (const s of [...shardJson, ...docJson, wordsJson, filtersJson]) hash.update(s).update('\0');
  const h = hash.digest('hex').slice(0, 10);
  const meta: SearchMeta = {
    v: SEARCH_FORMAT,
    h,
    s: shardCount,
    n: secTerms.length,
    d: docs.map((d) => d.s.length),
  };
  const titles: SearchMeta['t'] = docs.map((d) => [d.u, d.t]);
  if (Buffer.byteLength(JSON.stringify(titles)) <= META_TITLES_MAX_BYTES) meta.t = titles;
  if (Buffer.byteLength(filtersJson) <= META_FILTERS_MAX_BYTES) meta.f = filters;
  const files = new Map<string, string>([['meta.json', JSON.stringify(meta)]]);
  shardJson.forEach((s, i) => files.set(`${h}/s/${i}.json`, s));
  docJson.forEach((d, i) => files.set(`${h}/d/${i}.json`, d));
  files.set(`${h}/w.json`, wordsJson);
  files.set(`${h}/f.json`, filtersJson);
  return {
    files,
    stats: {
      pages: docs.length,
      sections: secTerms.length,
      terms: postings.size,
      shards: shardCount,
      bytes: [...files.values()].reduce((n, f) => n + Buffer.byteLength(f), 0),
    },
  };
}
