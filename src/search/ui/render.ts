/**
 * DOM for search results, shared by the dialog and the search page: the paper's title, an
 * excerpt with the matched words marked, and up to three sections that matched (links that
 * jump to the heading). Titles show as soon as the ranking is done (`resultNodes` of `PreviewHit`s), with the
 * room their excerpts and sections will take kept empty (search.css gives excerpts a fixed
 * height), so nothing moves when the pages' files arrive and the full results replace them.
 */
import type { GlossaryHit, Hit, PreviewHit, SubHit } from './client';
import { fillTemplate } from './url';

/** The engine escapes page text in excerpts and adds only <mark> elements. */
function excerpt(html: string, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.innerHTML = html;
  return span;
}

/**
 * Listbox groups for the dialog: each result and its sections are options. A result known only
 * by its ranking (`PreviewHit`) keeps the room of its excerpt and sections empty.
 */
export function resultNodes(hits: readonly (Hit | PreviewHit)[], prefix: string): HTMLElement[] {
  return hits.map((hit, i) =>
    'excerpt' in hit
      ? group(prefix, i, hit.url, hit.title, hit.excerpt, hit.sections)
      : group(
          prefix,
          i,
          hit.url,
          hit.title,
          '',
          Array.from({ length: hit.sections }, () => undefined),
        ),
  );
}

function group(
  prefix: string,
  i: number,
  url: string,
  title: string,
  html: string,
  sections: readonly (SubHit | undefined)[],
): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('role', 'group');
  box.className = 'sd-group';
  const head = option(`${prefix}-r${i}`, url, 'sd-hit');
  const name = document.createElement('span');
  name.className = 'sd-title';
  name.textContent = title;
  head.append(name, excerpt(html, 'sd-excerpt'));
  box.setAttribute('aria-labelledby', head.id);
  box.append(head);
  sections.forEach((s, j) => {
    // A section not yet known keeps its place, hidden from assistive technology until filled.
    const sub = s ? option(`${prefix}-r${i}-${j}`, s.url, 'sd-sub') : pending('sd-sub');
    const heading = document.createElement('span');
    heading.className = 'sd-section';
    heading.textContent = s?.title ?? '\u00a0';
    sub.append(heading, excerpt(s?.excerpt ?? '', 'sd-excerpt'));
    box.append(sub);
  });
  return box;
}

/** An empty block keeping the room of a part of a result whose page's file is still loading. */
export function pending(className: string, tag = 'div'): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  return el;
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
