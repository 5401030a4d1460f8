/**
 * `<search-page>`: runs Pagefind queries for the search page. Pagefind's own script is loaded
 * only here, on first use, from the build's `pagefind/` folder.
 */
import { fillTemplate, queryFromUrl } from '../../lib/search';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

class SearchPage extends HTMLElement {
  #api: Promise<PagefindApi> | undefined;
  #strings: Record<string, string> = {};

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run(input.value);
    });
    input.addEventListener('input', () => void this.#run(input.value));
    const q = queryFromUrl(location.search);
    if (q) {
      input.value = q;
      void this.#run(q);
    }
  }

  #load(): Promise<PagefindApi> {
    this.#api ??= (import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options({ excerptLength: 24 });
      await api.init();
      return api;
    });
    return this.#api;
  }

  async #run(raw: string): Promise<void> {
    const query = raw.trim();
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    const other = this.querySelector<HTMLElement>('.search-other');
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!status || !list || !other) return;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      other.hidden = true;
      return;
    }
    let api: PagefindApi;
    try {
      api = await this.#load();
    } catch {
      status.textContent = this.#strings['unavailable'] ?? '';
      return;
    }
    const search = await api.debouncedSearch(query, {}, 120);
    if (search === null) return;
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(...data.map((d) => this.#item(d)));
    status.textContent = data.length
      ? fillTemplate(this.#strings['results'] ?? '', { count: search.results.length })
      : fillTemplate(this.#strings['noResults'] ?? '', { query });
    const link = other.querySelector('a');
    if (link) {
      link.href = `${this.dataset['other'] ?? ''}?q=${encodeURIComponent(query)}`;
      link.textContent = fillTemplate(this.#strings['otherLang'] ?? '', { query });
    }
    other.hidden = false;
  }

  #item(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.className = 'result-title';
    a.textContent = d.meta.title ?? d.url;
    const p = document.createElement('p');
    // Pagefind escapes page text in excerpts and adds only <mark> elements.
    p.innerHTML = d.excerpt;
    li.append(a, p);
    const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      for (const s of subs) {
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
