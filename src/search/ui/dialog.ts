/**
 * The search dialog (loaded on demand by loader.ts): a modal <dialog> with a combobox input and
 * a listbox of results. ↑/↓ move through results and their sections, Enter opens the active
 * one, Esc closes and focus returns to where it was. Filters narrow by topic and laboratory.
 */
import { loadEngine, rememberHighlight } from './client';
import { h, resultNodes, searchFlow } from './render';

let root: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

/** Starts fetching the search index and the glossary (on hover or focus of the control). */
export function warm(): void {
  void loadEngine().catch(() => undefined);
}

function build(): HTMLDialogElement {
  const tpl = document.querySelector<HTMLTemplateElement>('#search-dialog-template');
  const fragment = tpl?.content.cloneNode(true) as DocumentFragment;
  const dialog = fragment.querySelector('dialog') as HTMLDialogElement;
  document.body.append(dialog);
  const input = dialog.querySelector('input') as HTMLInputElement;
  const list = dialog.querySelector('[role=listbox]') as HTMLElement;
  const selects = [...dialog.querySelectorAll('select')];
  const $ = (selector: string) => dialog.querySelector(selector) as HTMLElement;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role=option]')];
  const setActive = (el: HTMLAnchorElement | undefined) => {
    for (const o of options()) o.setAttribute('aria-selected', String(o === el));
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const active = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

  const flow = searchFlow({
    input,
    selects,
    filtersAlone: true,
    list,
    status: $('.sd-status'),
    terms: $('.sd-terms'),
    live: $('.sd-live'),
    strings: JSON.parse(document.querySelector('#search-strings')?.textContent ?? '{}') as Record<
      string,
      string
    >,
    limit: 5,
    load: loadEngine,
    nodes: resultNodes,
    // New results start with no option active; the option the reader moved to among this
    // query's first results stays active when the list fills in.
    filled(first) {
      input.setAttribute('aria-expanded', String(list.childElementCount > 0));
      const activeId = first ? null : input.getAttribute('aria-activedescendant');
      const keep = activeId ? list.querySelector(`[role=option]#${activeId}`) : null;
      if (keep) {
        keep.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', keep.id);
      } else input.removeAttribute('aria-activedescendant');
    },
  });
  const run = async () => {
    if ((await flow.run()) !== 'empty') return;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => void run());
  for (const s of selects) s.addEventListener('change', () => void run());
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
        rememberHighlight(target.href, flow.terms());
        location.href = target.href;
      }
    }
  });
  list.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[role=option]');
    if (a) rememberHighlight(a.href, flow.terms());
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
    .then(({ data }) => {
      for (const select of selects) {
        const values = data.filters[select.name as 'tag' | 'lab'];
        if (select.options.length <= 1)
          select.append(...values.map((v) => h('option', { value: v }, v)));
      }
    })
    .catch(() => undefined);
  return dialog;
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
