/**
 * Wraps each table in a labelled, focusable region that scrolls sideways, so a wide table
 * never widens the page on a phone and keyboard users can scroll it (WCAG 2.1.1, 1.4.10).
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { langFromPath } from './file-info';

export default function rehypeTables() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langFromPath(file.path));
    let n = 0;
    visit(tree, 'element', (node, index, parent) => {
      // A figure's data table is part of the figure (src/figures/), not a numbered table.
      if (node.tagName === 'figure') return 'skip';
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      n += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          role: 'region',
          tabIndex: 0,
          ariaLabel: t('table.scroll', { caption: t('table.label', { n }) }),
        },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
