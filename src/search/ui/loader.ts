/**
 * The only search code on first load (a few hundred bytes): opens the dialog on click, `/` or
 * Ctrl/⌘+K, starts fetching the dialog and the search index as soon as the reader points at or focuses
 * the control, and loads the highlighter only when the page was opened from a search result.
 */
import { preloadSearchData } from './preload';

const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
let dialog: Promise<typeof import('./dialog')> | undefined;
const load = () =>
  (dialog ??= (preloadSearchData(trigger?.dataset['searchBase'] ?? '/'), import('./dialog')));
const warm = () => void load().then((m) => m.warm());
const open = (e: Event) => {
  e.preventDefault();
  const from =
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : trigger;
  void load().then((m) => m.open(from));
};

if (trigger) {
  trigger.addEventListener('click', open);
  trigger.addEventListener('pointerenter', warm, { once: true });
  trigger.addEventListener('focus', warm, { once: true });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = t?.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
    );
    if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey) open(e);
    else if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) open(e);
  });
}

try {
  if (sessionStorage.getItem('search-highlight')) void import('./page-highlight');
} catch {
  // No storage: nothing to highlight.
}
