/**
 * `<search-page>`: the search page. Results appear as the reader types (each keystroke searches
 * at once; a newer one aborts the older), and the query is kept in `?q=` so a search can be
 * linked. It shares the engine (index + glossary) with the dialog; the engine's code, the
 * index's meta file and the glossary data start loading as soon as the reader points at or
 * focuses the box.
 */
import { preloadSearchData } from './preload';
import { announcer, glossaryNodes, pending } from './render';
import { fillTemplate, queryFromUrl, statusText } from './url';
import type { Engine, Hit, PreviewHit } from './client';

/** The engine (index + glossary) is fetched only when the reader searches. */
let engineModule: Promise<typeof import('./client')> | undefined;
const engine = () => (engineModule ??= import('./client'));
const loadEngine = () => engine().then((m) => m.loadEngine());

class SearchPage extends HTMLElement {
  #strings: Record<string, string> = {};
  #seq = 0;
  #terms: string[] = [];
  #live: ReturnType<typeof announcer> | undefined;
  #warmed = false;
  /** The search in flight: a newer query aborts it. */
  #running: AbortController | undefined;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    const selects = [...this.querySelectorAll<HTMLSelectElement>('.search-filters select')];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run(input.value, selects);
    });
    this.#live = announcer(this.querySelector<HTMLElement>('.search-live'));
    input.addEventListener('input', () => void this.#run(input.value, selects));
    for (const s of selects)
      s.addEventListener('change', () => void this.#run(input.value, selects));
    for (const type of ['focus', 'pointerenter', 'touchstart'])
      input.addEventListener(type, () => this.#warm(), { once: true, passive: true });
    this.querySelector('.search-results')?.addEventListener('click', (e) => {
      const a = (e.target as HTMLElement).closest('a');
      if (a) void engine().then((m) => m.rememberHighlight(a.href, this.#terms));
    });
    const box = this.querySelector<HTMLElement>('.search-filters');
    if (box) box.hidden = false;
    const q = queryFromUrl(location.search);
    if (q) {
      input.value = q;
      void this.#run(q, selects);
    }
  }

  #warm(): void {
    if (this.#warmed) return;
    this.#warmed = true;
    preloadSearchData(this.dataset['searchBase'] ?? '/');
    void loadEngine().catch(() => undefined);
  }

  async #run(raw: string, selects: HTMLSelectElement[]): Promise<void> {
    const id = ++this.#seq;
    this.#running?.abort();
    this.#live?.cancel();
    const query = raw.trim();
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    const terms = this.querySelector('.search-terms');
    const other = this.querySelector<HTMLElement>('.search-other');
    if (!status || !list || !other || !terms) return;
    const filters = Object.fromEntries(
      selects.filter((s) => s.value).map((s) => [s.name, s.value]),
    );
    if (!query) {
      this.#keepQuery(query);
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      terms.replaceChildren();
      status.textContent = '';
      other.hidden = true;
      return;
    }
    let search: Engine;
    this.#warm();
    try {
      search = await loadEngine();
    } catch {
      status.textContent = this.#strings['unavailable'] ?? '';
      this.#keepQuery(query);
      return;
    }
    // Keystrokes typed while the engine loaded: only the last one searches.
    if (id !== this.#seq) return;
    const controller = (this.#running = new AbortController());
    let out: Awaited<ReturnType<Engine['search']>>;
    try {
      out = await search.search(query, filters, 10, controller.signal, (preview) => {
        // The titles as ranked, or the first checked results, before the rest arrive; announced once settled.
        if (id !== this.#seq) return;
        this.#terms = preview.terms;
        terms.replaceChildren(...glossaryNodes(preview.glossary, this.#strings['glossary'] ?? ''));
        // The status line keeps its line (its count comes once the results are checked).
        status.textContent = '\u00a0';
        list.replaceChildren(...preview.hits.map((d) => this.#item(d)));
        list.setAttribute('aria-busy', 'true');
      });
    } catch (e) {
      if (controller.signal.aborted) return;
      throw e;
    }
    if (id !== this.#seq) return;
    this.#terms = out.terms;
    terms.replaceChildren(...glossaryNodes(out.glossary, this.#strings['glossary'] ?? ''));
    list.replaceChildren(...out.hits.map((d) => this.#item(d)));
    list.setAttribute('aria-busy', 'false');
    status.textContent = statusText(this.#strings, out, query);
    this.#live?.announce(status.textContent);
    this.#keepQuery(query);
    const link = other.querySelector('a');
    if (link) {
      link.href = `${this.dataset['other'] ?? ''}?q=${encodeURIComponent(query)}`;
      link.textContent = fillTemplate(this.#strings['otherLang'] ?? '', { query });
    }
    other.hidden = false;
  }

  /**
   * Keeps the query in the address (`?q=`), once its results are settled: writing the address
   * takes the main thread several milliseconds, which each keystroke's search cannot spare.
   */
  #keepQuery(query: string): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(null, '', url);
  }

  /** A result: its title, excerpt and sections; a ranked one (`PreviewHit`) keeps their room empty. */
  #item(d: Hit | PreviewHit): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.className = 'result-title';
    a.textContent = d.title;
    const p = document.createElement('p');
    p.className = 'result-excerpt';
    // The engine escapes page text in excerpts and adds only <mark> elements.
    if ('excerpt' in d) p.innerHTML = d.excerpt;
    li.append(a, p);
    const count = typeof d.sections === 'number' ? d.sections : d.sections.length;
    if (count) {
      const ul = document.createElement('ul');
      ul.className = 'result-sections';
      for (let i = 0; i < count; i++) {
        const s = typeof d.sections === 'number' ? undefined : d.sections[i];
        if (!s) {
          const sli = pending('', 'li');
          sli.textContent = '\u00a0';
          ul.append(sli);
          continue;
        }
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title;
        sli.append(sa);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
