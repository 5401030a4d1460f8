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
import type { Lang } from '../../i18n/langs';

export type {
  GlossaryHit,
  Hit,
  PreviewHit,
  SearchOutput,
  SearchPreview,
  SubHit,
} from '../engine/search';

export interface Engine {
  data: SearchData;
  search: Search;
}

const engines = new Map<string, Promise<Engine>>();

/** Where the index and the side data live, read from the page. */
export function engineConfig(): { index: string; data: string; lang: Lang } {
  const base =
    document.querySelector<HTMLElement>('[data-search-base]')?.dataset['searchBase'] ?? '/';
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  return { index: searchIndexUrl(base, lang), data: searchDataUrl(base, lang), lang };
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

/** Starts loading everything the first search needs (idempotent). */
export function loadEngine(): Promise<Engine> {
  const { index, data, lang } = engineConfig();
  let engine = engines.get(index);
  if (!engine) {
    engine = start(index, data, lang);
    engine.catch(() => engines.delete(index));
    engines.set(index, engine);
  }
  return engine;
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

async function start(index: string, dataUrl: string, lang: Lang): Promise<Engine> {
  const [meta, data] = await Promise.all([
    json<SearchMeta>(`${index}meta.json`),
    json<SearchData>(dataUrl),
  ]);
  const dir = `${index}${meta.h}/`;
  const shard = cached((n) => json<SearchShard>(`${dir}s/${n}.json`));
  const doc = cached((n) => json<SearchDoc>(`${dir}d/${n}.json`));
  const words = cached(() => json<SearchWords>(`${dir}w.json`));
  const filters = cached(() => json<SearchFilters>(`${dir}f.json`));
  return {
    data,
    search: createSearch({
      meta,
      data,
      lang,
      shard,
      doc,
      filters: () => filters(0),
      words: () => words(0),
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
