/**
 * Marks the searched words on the page a reader opened from a search result (loaded only then):
 * reads what the search remembered for this path, wraps matches in the article's text in <mark>,
 * and forgets it. Math, code and the search dialog are left alone.
 */
import { markRanges } from '../engine/highlight';

const KEY = 'search-highlight';

function run(): void {
  let saved: { path?: string; terms?: string[] } = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as typeof saved;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (saved.path !== location.pathname || !saved.terms?.length) return;
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(
        '.katex, .math-text, code, pre, script, style, mark, dialog, [data-pagefind-ignore]',
      )
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const ranges = markRanges(node.data, saved.terms);
    if (!ranges.length) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(document.createTextNode(node.data.slice(at, start)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = node.data.slice(start, end);
      parts.push(mark);
      at = end;
    }
    if (at < node.data.length) parts.push(document.createTextNode(node.data.slice(at)));
    node.replaceWith(...parts);
  }
}

run();
