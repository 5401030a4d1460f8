/**
 * `<search-page>`: the search page. Results appear as the reader types (each keystroke searches
 * at once; a newer one aborts the older), and the query is kept in `?q=` so a search can be
 * linked. It shares the engine (index + glossary) with the dialog; the engine's code, the
 * index's meta file and the glossary data start loading as soon as the reader points at or
 * focuses the box.
 */
import { preloadSearchData } from './preload';
import { excerpt, h, pending, searchFlow, sectionsOf } from './render';
import { fillTemplate, queryFromUrl } from './url';
import type { Hit, PreviewHit } from '../engine/search';

/** The engine (index + glossary) is fetched only when the reader searches. */
let engineModule: Promise<typeof import('./client')> | undefined;
const engine = () => (engineModule ??= import('./client'));
const loadEngine = () => engine().then((m) => m.loadEngine());

class SearchPage extends HTMLElement {
  #warmed = false;

  connectedCallback(): void {
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    const $ = (selector: string) => this.querySelector(selector) as HTMLElement;
    const input = $('input[type=search]') as HTMLInputElement;
    const other = $('.search-other');
    const selects = [...this.querySelectorAll<HTMLSelectElement>('.search-filters select')];
    const flow = searchFlow({
      input,
      selects,
      filtersAlone: false,
      list: $('.search-results'),
      status: $('.search-status'),
      terms: $('.search-terms'),
      live: $('.search-live'),
      strings,
      limit: 10,
      load: () => (this.#warm(), loadEngine()),
      nodes: (hits) => hits.map(item),
    });
    const run = async () => {
      const query = input.value.trim();
      const out = await flow.run();
      if (out === 'empty') other.hidden = true;
      if (!out) return;
      keepQuery(query);
      if (typeof out === 'string') return;
      const link = other.querySelector('a') as HTMLAnchorElement;
      link.href = `${this.dataset['other'] ?? ''}?q=${encodeURIComponent(query)}`;
      link.textContent = fillTemplate(strings['otherLang'] ?? '', { query });
      other.hidden = false;
    };
    $('form').addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    input.addEventListener('input', () => void run());
    for (const s of selects) s.addEventListener('change', () => void run());
    for (const type of ['focus', 'pointerenter', 'touchstart'])
      input.addEventListener(type, () => this.#warm(), { once: true, passive: true });
    $('.search-results').addEventListener('click', (e) => {
      const a = (e.target as HTMLElement).closest('a');
      if (a) void engine().then((m) => m.rememberHighlight(a.href, flow.terms()));
    });
    $('.search-filters').hidden = false;
    const q = queryFromUrl(location.search);
    if (q) {
      input.value = q;
      void run();
    }
  }

  #warm(): void {
    if (this.#warmed) return;
    this.#warmed = true;
    preloadSearchData(this.dataset['searchBase'] ?? '/');
    void loadEngine().catch(() => undefined);
  }
}

/**
 * Keeps the query in the address (`?q=`), once its results are settled: writing the address
 * takes the main thread several milliseconds, which each keystroke's search cannot spare.
 */
function keepQuery(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(null, '', url);
}

/** A result: its title, excerpt and sections; a ranked one (`PreviewHit`) keeps their room empty. */
function item(d: Hit | PreviewHit): HTMLLIElement {
  const li = h(
    'li',
    {},
    h('a', { href: d.url, class: 'result-title' }, d.title),
    excerpt('p', 'result-excerpt', 'excerpt' in d ? d.excerpt : ''),
  );
  const sections = sectionsOf(d).map((s) =>
    s ? h('li', {}, h('a', { href: s.url }, s.title)) : pending('li', '', '\u00a0'),
  );
  if (sections.length) li.append(h('ul', { class: 'result-sections' }, ...sections));
  return li;
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
