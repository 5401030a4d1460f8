/**
 * Display formulas scroll sideways on narrow screens (`.katex-display { overflow-x: auto }`, with
 * edge shadows while there is more, in global.css), so each one must be reachable by keyboard to
 * be scrolled (WCAG 2.1.1; axe `scrollable-region-focusable`). Runs after rehype-katex.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-classes';

export default function rehypeMathScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (hasClass(node, 'katex-display')) node.properties.tabIndex = 0;
    });
  };
}
