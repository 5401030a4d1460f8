/**
 * The search dialog (loaded on demand by loader.ts): a modal <dialog> with a combobox input and
 * a listbox of results. ↑/↓ move through results and their sections, Enter opens the active
 * one, Esc closes and focus returns to where it was. Filters narrow by topic and laboratory.
 */
import { statusText } from './url';
import { loadEngine, rememberHighlight, type Engine, type SearchOutput } from './client';
import { announcer, glossaryNodes, renderFilterOptions, resultNodes } from './render';

let root: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;
let strings: Record<string, string> = {};
let seq = 0;
/** Words to mark on the page a result opens (known as soon as the results are ranked). */
let lastTerms: string[] = [];
/** The search in flight: a newer query aborts it. */
let running: AbortController | undefined;
let live: ReturnType<typeof announcer> | undefined;

/** Starts fetching the search index and the glossary (on hover or focus of the control). */
export function warm(): void {
  void loadEngine().catch(() => undefined);
}

function build(): HTMLDialogElement {
  const tpl = document.querySelector<HTMLTemplateElement>('#search-dialog-template');
  strings = JSON.parse(document.querySelector('#search-strings')?.textContent ?? '{}') as Record<
    string,
    string
  >;
  const fragment = tpl?.content.cloneNode(true) as DocumentFragment;
  const dialog = fragment.querySelector('dialog') as HTMLDialogElement;
  document.body.append(dialog);
  const input = dialog.querySelector('input') as HTMLInputElement;
  const list = dialog.querySelector('[role=listbox]') as HTMLElement;
  const selects = [...dialog.querySelectorAll('select')];
  live = announcer(dialog.querySelector<HTMLElement>('.sd-live'));

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role=option]')];
  const setActive = (el: HTMLAnchorElement | undefined) => {
    for (const o of options()) o.setAttribute('aria-selected', String(o === el));
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const active = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

  const run = () => void search(dialog, input, list, selects);
  input.addEventListener('input', run);
  for (const s of selects) s.addEventListener('change', run);
  input.addEventListener('keydown', (e) => {
    const all = options();
    const i = all.indexOf(active() as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!all.length) return;
      const next = e.key === 'ArrowDown' ? (i + 1) % all.length : (i <= 0 ? all.length : i) - 1;
      setActive(all[next]);
    } else if (e.key === 'Enter') {
      const target = active() ?? all[0];
      if (target) {
        e.preventDefault();
        go(target);
      }
    }
  });
  list.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[role=option]');
    if (a) rememberHighlight(a.href, lastTerms);
  });
  list.addEventListener('mousemove', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[role=option]');
    if (a && a !== active()) setActive(a);
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the box) closes the dialog.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    document.documentElement.classList.remove('search-open');
    const back = returnTo;
    returnTo = null;
    if (back?.isConnected) back.focus();
  });

  void loadEngine()
    .then((engine) => fillFilters(engine, selects))
    .catch(() => undefined);
  return dialog;
}

function fillFilters(engine: Engine, selects: HTMLSelectElement[]): void {
  for (const select of selects) {
    const values = engine.data.filters[select.name as 'tag' | 'lab'] ?? [];
    if (select.options.length <= 1) select.append(...renderFilterOptions(values));
  }
}

function go(a: HTMLAnchorElement): void {
  rememberHighlight(a.href, lastTerms);
  location.href = a.href;
}

async function search(
  dialog: HTMLDialogElement,
  input: HTMLInputElement,
  list: HTMLElement,
  selects: HTMLSelectElement[],
): Promise<void> {
  const id = ++seq;
  running?.abort();
  live?.cancel();
  const status = dialog.querySelector('.sd-status') as HTMLElement;
  const terms = dialog.querySelector('.sd-terms') as HTMLElement;
  const query = input.value.trim();
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    terms.replaceChildren();
    status.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    return;
  }
  let engine: Engine;
  try {
    engine = await loadEngine();
  } catch {
    status.textContent = strings['unavailable'] ?? '';
    return;
  }
  // Keystrokes typed while the engine loaded: only the last one searches.
  if (id !== seq) return;
  const controller = (running = new AbortController());
  // New results start with no option active; the option the reader moved to among this query's
  // first results stays active when the list fills in.
  let shown = false;
  const show = (nodes: HTMLElement[], settled: boolean) => {
    const activeId = shown ? input.getAttribute('aria-activedescendant') : null;
    shown = true;
    list.replaceChildren(...nodes);
    list.setAttribute('aria-busy', String(!settled));
    input.setAttribute('aria-expanded', String(nodes.length > 0));
    const keep = activeId ? list.querySelector<HTMLElement>(`[role=option]#${activeId}`) : null;
    if (keep) {
      keep.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', keep.id);
    } else input.removeAttribute('aria-activedescendant');
  };
  let out: SearchOutput;
  try {
    out = await engine.search(query, filters, 5, controller.signal, (preview) => {
      // The titles as ranked, or the first checked results, before the rest arrive; announced once settled.
      if (id !== seq) return;
      lastTerms = preview.terms;
      terms.replaceChildren(...glossaryNodes(preview.glossary, strings['glossary'] ?? ''));
      // The status line keeps its line (its count comes once the results are checked).
      status.textContent = '\u00a0';
      show(resultNodes(preview.hits, 'sd'), false);
    });
  } catch (e) {
    if (controller.signal.aborted) return;
    throw e;
  }
  if (id !== seq) return;
  lastTerms = out.terms;
  terms.replaceChildren(...glossaryNodes(out.glossary, strings['glossary'] ?? ''));
  show(resultNodes(out.hits, 'sd'), true);
  status.textContent = statusText(strings, out, query);
  live?.announce(status.textContent);
}

/** Opens the dialog; `from` gets the focus back when it closes. */
export function open(from: HTMLElement | null): void {
  root ??= build();
  if (root.open) return;
  returnTo = from;
  document.documentElement.classList.add('search-open');
  root.showModal();
  const input = root.querySelector('input') as HTMLInputElement;
  input.focus();
  input.select();
  warm();
}
