/**
 * The search engine shared by the dialog and the search page: loads Pagefind (without its
 * worker: one script and the WebAssembly, fetched in parallel with the glossary data), expands
 * the query with the glossary, runs the searches and merges them. Loaded only on demand.
 */
import { expandQuery, highlightTerms, mergeHits, type ExpandedQuery } from '../../lib/search-query';
import type { SearchData } from '../../lib/search-data';
import type { Lang } from '../../content/schema';

interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in this section. */
  locations?: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSub[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(q: string): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): PagefindInstance;
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  /** The (at most three) sections with the most matches, in page order. */
  sections: PagefindSub[];
}

/** The three sections with the most matches, other than the page itself, in page order. */
function sections(url: string, subs: readonly PagefindSub[]): PagefindSub[] {
  const own = subs.filter((s) => s.url !== url && s.url.includes('#'));
  const top = [...own].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, 3);
  return own.filter((s) => top.includes(s));
}

export interface SearchOutput {
  hits: Hit[];
  total: number;
  expanded: ExpandedQuery;
  /** Words to highlight on the page the reader opens. */
  terms: string[];
}

export interface Engine {
  data: SearchData;
  search(query: string, filters: Record<string, string>, limit?: number): Promise<SearchOutput>;
}

const engines = new Map<string, Promise<Engine>>();

/** Where the bundle and the side data live, read from the page. */
export function engineConfig(): { bundle: string; data: string; lang: Lang } {
  const base = document.querySelector<HTMLElement>('[data-search-base]')?.dataset['searchBase'] ?? '/';
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'ja') as Lang;
  return { bundle: `${base}pagefind/`, data: `${base}${lang === 'en' ? 'en/' : ''}search-data.json`, lang };
}

/** Starts loading everything the first search needs (idempotent). */
export function loadEngine(): Promise<Engine> {
  const { bundle, data, lang } = engineConfig();
  let engine = engines.get(bundle);
  if (!engine) {
    engine = start(bundle, data, lang);
    engine.catch(() => engines.delete(bundle));
    engines.set(bundle, engine);
  }
  return engine;
}

async function start(bundle: string, dataUrl: string, lang: Lang): Promise<Engine> {
  // The WebAssembly is the largest file: ask for it at once, in parallel with the script (the
  // header's loader has usually done so already; a second identical preload is served from it).
  const wasmUrl = `${bundle}wasm.${lang === 'en' ? 'en' : 'unknown'}.pagefind`;
  if (!document.querySelector(`link[rel=preload][href="${wasmUrl}"]`)) {
    const wasm = document.createElement('link');
    wasm.rel = 'preload';
    wasm.as = 'fetch';
    wasm.crossOrigin = 'anonymous';
    wasm.href = wasmUrl;
    document.head.append(wasm);
  }
  const [mod, data] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
    fetch(dataUrl).then((r) => {
      if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
      return r.json() as Promise<SearchData>;
    }),
  ]);
  const pf = mod.createInstance({ basePath: bundle, noWorker: true });
  await pf.options({ excerptLength: 22, exactDiacritics: true });
  await pf.init();

  type Filters = Record<string, string | { any: string[] }>;
  const run = async (q: string | null, filters: Filters) => (await pf.search(q as string, { filters: filters as Record<string, string> }))?.results ?? [];

  return {
    data,
    async search(query, filters, limit = 8) {
      const expanded = expandQuery(query, data.synonyms, lang);
      const only = (slugs: string[]): Filters => ({ ...filters, paper: { any: slugs } });
      const named = expanded.alternatives.length ? expanded.alternatives : [expanded.query];
      // The glossary's papers for the terms the query names rank first, found by the term in this
      // edition's words, even when the typed form is an abbreviation or variant they never use,
      // or Pagefind's segmentation of a compound (pagefind#1237) ranks them lower. Synonyms do
      // not widen the search to other pages.
      let [lists, boost] = await Promise.all([
        Promise.all([run(expanded.query, filters)]),
        expanded.papers.length ? Promise.all(named.map((q) => run(q, only(expanded.papers)))).then((ls) => ls.flat()) : Promise.resolve([]),
      ]);
      if (expanded.papers.length && boost.length === 0) boost = await run(null, only(expanded.papers));
      // A Japanese compound the index split differently: retry word by word.
      if (boost.length === 0 && lists.every((l) => l.length === 0) && typeof Intl.Segmenter === 'function' && /[\u3040-\u9fff]/.test(expanded.query)) {
        const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(expanded.query)].filter((s) => s.isWordLike).map((s) => s.segment);
        if (words.length > 1) lists = [await run(words.join(' '), filters)];
      }
      const ranked = mergeHits(
        [boost, ...lists].map((list) => list.map((r) => ({ url: r.id, score: r.score, item: r }))),
        boost.map((r) => r.id),
      );
      const datas = await Promise.all(ranked.slice(0, limit).map((m) => m.item.data()));
      return {
        hits: datas.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt, sections: sections(item.url, item.sub_results) })),
        total: ranked.length,
        expanded,
        terms: highlightTerms(expanded),
      };
    },
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
