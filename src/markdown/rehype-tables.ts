/**
 * Tables in content bodies. Each one is numbered per page in order and wrapped in a labelled,
 * focusable region that scrolls sideways (so a wide table never widens the page on a phone and
 * keyboard users can scroll it, WCAG 2.1.1, 1.4.10), with a stable id (`table-1` …). Its caption
 * shows "表1" / "Table 1", the author's caption line (`Table: … [best: lower]`, the paragraph
 * directly before the table, see `results-tables.ts`) and a visible link to itself. Cells holding
 * numbers are marked for right alignment in tabular figures; with a hint, the best value of each
 * column is bold with a visually hidden "best", and the caption says which way is better.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { useTranslations, type UIKey } from '../i18n';
import { langFromPath } from '../content/file-info';
import { toString } from 'hast-util-to-string';
import { anchorLink } from './rehype-headings';
import { addClass } from './hast-classes';
import {
  bestCells,
  CAPTION_PREFIX,
  cellNumber,
  hintAt,
  parseCaptionLine,
  type BestDirection,
} from '../content/results-tables';

const children = (node: Element, tag: string): Element[] =>
  node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);

/** The index of the element before `index` among `nodes`, skipping whitespace. */
function previousElement(nodes: RootContent[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n?.type === 'text' && n.value.trim() === '') continue;
    return n?.type === 'element' ? i : undefined;
  }
  return undefined;
}

/**
 * The caption line's content (the paragraph's children without the prefix and the hint) and its
 * hint, when `p` is a caption line. The linter reports a malformed hint; here it is dropped.
 */
function captionOf(p: Element): { content: ElementContent[]; best?: BestDirection } | undefined {
  const first = p.children[0];
  if (p.tagName !== 'p' || first?.type !== 'text' || !parseCaptionLine(first.value))
    return undefined;
  const parsed = parseCaptionLine(toString(p));
  const content = structuredClone(p.children);
  const head = content[0] as { value: string };
  head.value = head.value.trimStart().slice(CAPTION_PREFIX.length).trimStart();
  const last = content.at(-1);
  const hint = last?.type === 'text' ? hintAt(last.value) : undefined;
  if (last?.type === 'text' && hint)
    last.value = last.value.slice(0, last.value.length - hint.length);
  return { content, ...(parsed?.best ? { best: parsed.best } : {}) };
}

/** Marks number cells (and the headers of number columns) and, with a hint, the best values. */
function markNumbers(table: Element, best: BestDirection | undefined, bestText: string): void {
  const bodyRows = children(table, 'tbody').flatMap((b) => children(b, 'tr'));
  const cells = bodyRows.map((r) => children(r, 'td'));
  const numbers = cells.map((row) => row.map((c) => cellNumber(toString(c))));
  const numericCols = new Set<number>();
  numbers.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === undefined) return;
      numericCols.add(c);
      const cell = cells[r]?.[c];
      if (cell) addClass(cell, 'num');
    }),
  );
  for (const row of children(table, 'thead').flatMap((h) => children(h, 'tr')))
    children(row, 'th').forEach((th, c) => numericCols.has(c) && addClass(th, 'num'));
  if (!best) return;
  bestCells(numbers, best).forEach((row, r) =>
    row.forEach((isBest, c) => {
      const cell = cells[r]?.[c];
      if (!isBest || !cell) return;
      addClass(cell, 'best');
      cell.children = [
        h('strong', cell.children),
        h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, [bestText]),
      ];
    }),
  );
}

const BETTER: Record<BestDirection, UIKey> = {
  lower: 'table.lowerBetter',
  higher: 'table.higherBetter',
};

export default function rehypeTables() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langFromPath(file.path));
    let n = 0;
    visit(tree, 'element', (node, index, parent) => {
      // A figure's data table is part of the figure (src/figures/), not a numbered table.
      if (node.tagName === 'figure') return 'skip';
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const id = `table-${++n}`;
      const label = t('table.label', { n });
      const before = previousElement(parent.children, index);
      const captionLine =
        before === undefined ? undefined : captionOf(parent.children[before] as Element);
      markNumbers(node, captionLine?.best, t('table.best'));

      node.children.unshift(
        h('caption', [
          h('span', { className: ['caption-title'] }, [
            h('span', { className: ['table-number'] }, [label]),
            ...(captionLine ? [' ', ...captionLine.content] : []),
            ' ',
            anchorLink(id, t('anchor.table', { label })),
          ]),
          ...(captionLine?.best
            ? [h('div', { className: ['caption-note'] }, [t(BETTER[captionLine.best])])]
            : []),
        ]),
      );

      const wrapper = h(
        'div',
        {
          className: ['table-scroll'],
          id,
          role: 'region',
          tabIndex: 0,
          ariaLabel: t('table.scroll', { caption: label }),
        },
        [node],
      );
      parent.children[index] = wrapper;
      if (captionLine && before !== undefined) {
        parent.children.splice(before, index - before);
        return [SKIP, before + 1];
      }
      return SKIP;
    });
  };
}
