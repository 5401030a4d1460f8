/**
 * DOM for search results, shared by the dialog and the search page: the paper's title, an
 * excerpt with the matched words marked, and up to three sections that matched (links that
 * jump to the heading).
 */
import type { GlossaryHit, Hit } from './client';
import { fillTemplate } from './url';

/** The engine escapes page text in excerpts and adds only <mark> elements. */
function excerpt(html: string, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.innerHTML = html;
  return span;
}

/** Listbox groups for the dialog: each result and its sections are options. */
export function resultNodes(hits: readonly Hit[], prefix: string): HTMLElement[] {
  return hits.map((hit, i) => {
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.className = 'sd-group';
    const head = option(`${prefix}-r${i}`, hit.url, 'sd-hit');
    const title = document.createElement('span');
    title.className = 'sd-title';
    title.textContent = hit.title;
    head.append(title, excerpt(hit.excerpt, 'sd-excerpt'));
    group.setAttribute('aria-labelledby', head.id);
    group.append(head);
    hit.sections.forEach((s, j) => {
      const sub = option(`${prefix}-r${i}-${j}`, s.url, 'sd-sub');
      const name = document.createElement('span');
      name.className = 'sd-section';
      name.textContent = s.title;
      sub.append(name, excerpt(s.excerpt, 'sd-excerpt'));
      group.append(sub);
    });
    return group;
  });
}

function option(id: string, href: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.id = id;
  a.href = href;
  a.className = className;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  return a;
}

/** <option>s for a filter's values. */
export function renderFilterOptions(values: readonly string[]): HTMLOptionElement[] {
  return values.map((v) => {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = v;
    return o;
  });
}

/**
 * The glossary entries a query names, above the page results: the term (a link to its entry on
 * the glossary page, labelled by `label`, e.g. "Glossary: {terms}") and its definition.
 */
export function glossaryNodes(entries: readonly GlossaryHit[], label: string): HTMLElement[] {
  return entries.map((entry) => {
    const box = document.createElement('div');
    box.className = 'search-term';
    const a = document.createElement('a');
    a.href = entry.url;
    a.className = 'search-term-name';
    a.textContent = fillTemplate(label, { terms: entry.term });
    const p = document.createElement('p');
    p.className = 'search-term-def';
    p.textContent = entry.definition;
    box.append(a, p);
    return box;
  });
}

/** Time without typing after which a result list counts as settled and is announced. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * Announces a settled result list once: `announce(text)` writes `text` into the polite live
 * region after `ANNOUNCE_AFTER_MS` unless `cancel()` (the reader typed on) comes first, so a
 * screen reader hears one summary per pause, not one per keystroke.
 */
export function announcer(region: HTMLElement | null): {
  announce(text: string): void;
  cancel(): void;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(text) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (region) region.textContent = text;
      }, ANNOUNCE_AFTER_MS);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
