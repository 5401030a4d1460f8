/**
 * Display equations: numbered per page in order, each in a block with a stable id (`eq-1` …),
 * its number on the right, "(1)", and a visible link to itself, as headings have. Runs after
 * rehype-katex (it looks for `.katex-display`). The number is left out of the search index.
 * A display formula scrolls sideways on a narrow screen (`.katex-display { overflow-x: auto }`,
 * with edge shadows while there is more, in global.css), so it is focusable, to be scrolled by
 * keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { langFromPath } from '../content/file-info';
import { anchorLink } from './rehype-headings';
import { hasClass } from './hast-classes';

export default function rehypeEquations() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langFromPath(file.path));
    let n = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (!hasClass(node, 'katex-display') || !parent || index === undefined) return;
      const id = `eq-${++n}`;
      const label = t('equation.number', { n });
      node.properties.tabIndex = 0;
      parent.children[index] = h('div', { className: ['equation'], id }, [
        node,
        // Number and link in one box, so they move below a wide formula together.
        h('span', { className: ['equation-tag'] }, [
          h('span', { className: ['equation-number'], dataPagefindIgnore: '' }, [`(${n})`]),
          anchorLink(id, t('anchor.equation', { label })),
        ]),
      ]);
      return 'skip';
    });
  };
}
