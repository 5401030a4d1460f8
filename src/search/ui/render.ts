/**
 * DOM for search results, shared by the dialog and the search page: the paper's title, an
 * excerpt with the matched words marked, and up to three sections that matched (links that
 * jump to the heading). Titles show as soon as the ranking is done (`resultNodes` of `PreviewHit`s), with the
 * room their excerpts and sections will take kept empty (search.css gives excerpts a fixed
 * height), so nothing moves when the pages' files arrive and the full results replace them.
 * `searchFlow` is the one search flow both run.
 */
import type { GlossaryHit, Hit, PreviewHit, SearchOutput, SubHit } from '../engine/search';
import type { Engine } from './client';
import { fillTemplate, statusText } from './url';

/** An element with these attributes (set in this order) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The engine escapes page text in excerpts and adds only <mark> elements. */
export const excerpt = (tag: 'p' | 'span', className: string, html: string): HTMLElement =>
  Object.assign(h(tag, { class: className }), { innerHTML: html });

/**
 * An empty block keeping the room of a part of a result whose page's file is still loading,
 * hidden from assistive technology until filled.
 */
export const pending = (tag: 'div' | 'li', className: string, ...children: string[]) =>
  h(tag, { class: className, 'aria-hidden': 'true' }, ...children);

/** A result's sections; those of a result known only by its ranking are not known yet. */
export const sectionsOf = (hit: Hit | PreviewHit): readonly (SubHit | undefined)[] =>
  typeof hit.sections === 'number'
    ? Array.from({ length: hit.sections }, () => undefined)
    : hit.sections;

const option = (id: string, href: string, className: string) =>
  h('a', { id, href, class: className, role: 'option', 'aria-selected': 'false', tabindex: '-1' });

/**
 * Listbox groups for the dialog: each result and its sections are options. A result known only
 * by its ranking (`PreviewHit`) keeps the room of its excerpt and sections empty.
 */
export function resultNodes(hits: readonly (Hit | PreviewHit)[]): HTMLElement[] {
  return hits.map((hit, i) => {
    const head = option(`sd-r${i}`, hit.url, 'sd-hit');
    head.append(
      h('span', { class: 'sd-title' }, hit.title),
      excerpt('span', 'sd-excerpt', 'excerpt' in hit ? hit.excerpt : ''),
    );
    const subs = sectionsOf(hit).map((s, j) => {
      const sub = s ? option(`sd-r${i}-${j}`, s.url, 'sd-sub') : pending('div', 'sd-sub');
      sub.append(
        h('span', { class: 'sd-section' }, s?.title ?? '\u00a0'),
        excerpt('span', 'sd-excerpt', s?.excerpt ?? ''),
      );
      return sub;
    });
    return h(
      'div',
      { role: 'group', class: 'sd-group', 'aria-labelledby': head.id },
      head,
      ...subs,
    );
  });
}

/**
 * The glossary entries a query names, above the page results: the term (a link to its entry on
 * the glossary page, labelled by `label`, e.g. "Glossary: {terms}") and its definition.
 */
const glossaryNodes = (entries: readonly GlossaryHit[], label: string) =>
  entries.map((entry) =>
    h(
      'div',
      { class: 'search-term' },
      h(
        'a',
        { href: entry.url, class: 'search-term-name' },
        fillTemplate(label, { terms: entry.term }),
      ),
      h('p', { class: 'search-term-def' }, entry.definition),
    ),
  );

/** Time without typing after which a result list counts as settled and is announced. */
const ANNOUNCE_AFTER_MS = 500;

/** Where a search shows what it finds: the dialog's parts or the search page's. */
export interface SearchView {
  input: HTMLInputElement;
  selects: HTMLSelectElement[];
  /** A query of filters alone searches (the dialog); else an empty query clears the view. */
  filtersAlone: boolean;
  list: HTMLElement;
  status: HTMLElement;
  terms: HTMLElement;
  /** The polite live region that hears one summary per settled list. */
  live: HTMLElement;
  strings: Record<string, string>;
  limit: number;
  /** Starts the engine loading (or finds it loaded). */
  load(): Promise<Engine>;
  /** The list's nodes for these results. */
  nodes(hits: readonly (Hit | PreviewHit)[]): HTMLElement[];
  /** Called after the list is filled; `first`: its first filling for this query. */
  filled?(first: boolean): void;
}

/**
 * The search flow of the dialog and the search page. Each call aborts the search in flight and
 * the pending announcement; an empty query clears the view. Keystrokes typed
 * while the engine loads run only the last query. The titles as ranked (or the first checked
 * results) show before the rest arrive, with the list `aria-busy` and the status line keeping
 * its line; the settled list gets its count, announced after `ANNOUNCE_AFTER_MS` without typing.
 * Resolves to the settled output, "empty", "unavailable" (the engine did not load), or
 * undefined when a newer search took over. `terms()`: the words to mark on the page a result
 * opens, known as soon as the results are ranked.
 */
export function searchFlow(view: SearchView): {
  run(): Promise<SearchOutput | 'empty' | 'unavailable' | undefined>;
  terms(): string[];
} {
  const { list, status, terms, strings } = view;
  let seq = 0;
  let running: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastTerms: string[] = [];
  const show = (
    out: Pick<SearchOutput, 'terms' | 'glossary'> & { hits: readonly (Hit | PreviewHit)[] },
    settled: boolean,
    first: boolean,
  ) => {
    lastTerms = out.terms;
    terms.replaceChildren(...glossaryNodes(out.glossary, strings['glossary'] ?? ''));
    list.replaceChildren(...view.nodes(out.hits));
    list.setAttribute('aria-busy', String(!settled));
    view.filled?.(first);
  };
  return {
    terms: () => lastTerms,
    async run() {
      const id = ++seq;
      running?.abort();
      clearTimeout(timer);
      const query = view.input.value.trim();
      const filters = Object.fromEntries(
        view.selects.filter((s) => s.value).map((s) => [s.name, s.value]),
      );
      if (!query && !(view.filtersAlone && Object.keys(filters).length)) {
        list.replaceChildren();
        list.removeAttribute('aria-busy');
        terms.replaceChildren();
        status.textContent = '';
        return 'empty';
      }
      const engine = await view.load().catch(() => undefined);
      if (!engine) {
        status.textContent = strings['unavailable'] ?? '';
        return 'unavailable';
      }
      if (id !== seq) return undefined;
      const controller = (running = new AbortController());
      let shown = false;
      const out = await engine
        .search(query, filters, view.limit, controller.signal, (preview) => {
          if (id !== seq) return;
          status.textContent = '\u00a0';
          show(preview, false, !shown);
          shown = true;
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return undefined;
          throw e;
        });
      if (!out || id !== seq) return undefined;
      show(out, true, !shown);
      const text = (status.textContent = statusText(strings, out, query));
      timer = setTimeout(() => (view.live.textContent = text), ANNOUNCE_AFTER_MS);
      return out;
    },
  };
}
