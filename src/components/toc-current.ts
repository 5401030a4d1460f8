/**
 * Marks the table-of-contents link of the section being read with `aria-current="true"`
 * (progressive enhancement: without JavaScript the list is the same, unmarked). One
 * IntersectionObserver watches the headings the links point to; a heading counts as passed
 * once its top is above a line a quarter down the viewport, and the last passed one is current.
 * It reads no geometry itself, so it never forces the deferred detail section to be laid out.
 */

/** The id of the last heading, in document order, that the reader has passed. */
export function currentId(
  order: readonly string[],
  passed: ReadonlySet<string>,
): string | undefined {
  let current: string | undefined;
  for (const id of order) if (passed.has(id)) current = id;
  return current;
}

function start(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc || !('IntersectionObserver' in window)) return;
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    links.set(decodeURIComponent(a.hash.slice(1)), a);
  const order = [...links.keys()];
  const passed = new Set<string>();
  let shown: string | undefined;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)');
  // The root reaches far above the viewport, so "intersecting" means "top above the line",
  // and a jump (an anchor, the End key) still reports every heading that changed sides.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) passed.add(e.target.id);
        else passed.delete(e.target.id);
      const id = currentId(order, passed);
      if (id === shown) return;
      if (shown) links.get(shown)?.removeAttribute('aria-current');
      shown = id;
      const link = id ? links.get(id) : undefined;
      if (!link) return;
      link.setAttribute('aria-current', 'true');
      // A sticky table of contents taller than the screen scrolls itself (never the page).
      if (toc.scrollHeight > toc.clientHeight) {
        const top = link.offsetTop - toc.clientHeight / 2;
        toc.scrollTo({ top, behavior: reduce.matches ? 'auto' : 'smooth' });
      }
    },
    { rootMargin: '100000px 0px -75% 0px' },
  );
  for (const id of order) {
    const target = document.getElementById(id);
    if (target) observer.observe(target);
  }
}

// Imported by unit tests (for currentId) outside a browser.
if (typeof document !== 'undefined') start();
