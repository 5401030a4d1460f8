/**
 * DOM for search results, shared by the dialog and the search page: the paper's title, an
 * excerpt with the matched words marked, and up to three sections that matched (links that
 * jump to the heading).
 */
import type { Hit } from './client';

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
