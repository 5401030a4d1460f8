/**
 * The search engine shared by the dialog and the search page, loaded only on demand. It reads
 * the edition's index (`search-index/<lang>/`, built from Pagefind's extraction by
 * src/integrations/search-index.ts): the small meta file and the glossary data first, then only
 * the shards the query's terms live in, then the pages of the results shown. What a search does
 * with them is src/search/engine/search.ts (pure, shared with the tests).
 */
import type { SearchData } from '../build/search-data';
import type {
  SearchDoc,
  SearchFilters,
  SearchMeta,
  SearchShard,
  SearchWords,
} from '../engine/format';
import { searchDataUrl, searchIndexUrl } from '../engine/paths';
import { createSearch, type Search } from '../engine/search';

export interface Engine {
  data: SearchData;
  search: Search;
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

/** Fetches each numbered file once; a failed fetch is forgotten so it can be retried. */
function cached<T>(load: (n: number) => Promise<T>): (n: number) => Promise<T> {
  const seen = new Map<number, Promise<T>>();
  return (n) => {
    let p = seen.get(n);
    if (!p) {
      seen.set(n, (p = load(n)));
      p.catch(() => seen.delete(n));
    }
    return p;
  };
}

/** Loads once, and again after a failure. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  const get = cached(load);
  return () => get(0);
}

/** Starts loading everything the first search needs (idempotent; a failed load is retried). */
export const loadEngine = once(start);

/** Loads the index's meta file and the glossary data of the page's edition, at the page's base. */
async function start(): Promise<Engine> {
  const base =
    document.querySelector<HTMLElement>('[data-search-base]')?.dataset['searchBase'] ?? '/';
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  const index = searchIndexUrl(base, lang);
  const [meta, data] = await Promise.all([
    json<SearchMeta>(`${index}meta.json`),
    json<SearchData>(searchDataUrl(base, lang)),
  ]);
  const dir = `${index}${meta.h}/`;
  const shard = cached((n) => json<SearchShard>(`${dir}s/${n}.json`));
  const doc = cached((n) => json<SearchDoc>(`${dir}d/${n}.json`));
  return {
    data,
    search: createSearch({
      meta,
      data,
      lang,
      shard,
      doc,
      filters: once(() => json<SearchFilters>(`${dir}f.json`)),
      words: once(() => json<SearchWords>(`${dir}w.json`)),
    }),
  };
}

const HIGHLIGHT_KEY = 'search-highlight';

/** Remembers what to mark on the page the reader is about to open (read by highlight.ts). */
export function rememberHighlight(href: string, terms: string[]): void {
  try {
    const url = new URL(href, location.href);
    sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: url.pathname, terms }));
  } catch {
    // Storage may be unavailable (private mode): the page simply opens without marks.
  }
}
