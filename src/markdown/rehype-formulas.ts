/**
 * What the page adds to KaTeX's formulas; runs after rehype-katex (it looks for `.katex` and
 * `.katex-display`).
 *
 * Display equations are numbered per page in order, each in a block with a stable id (`eq-1` …),
 * its number on the right, "(1)", and a visible link to itself, as headings have. The number is
 * left out of the search index. A display formula scrolls sideways on a narrow screen
 * (`.katex-display { overflow-x: auto }`, with edge shadows while there is more, in global.css),
 * so it is focusable, to be scrolled by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`).
 *
 * Every formula gets a `hidden` twin that only the search index reads: the formula's TeX (short
 * ones) or "［数式］" / "[formula]" (see `math-text.ts`). `hidden` keeps it out of the page and
 * the accessibility tree, so screen readers hear the formula once, from KaTeX's MathML.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { langFromPath } from '../content/file-info';
import { anchorLink } from './rehype-headings';
import { hasClass } from './hast-classes';
import { mathSearchText } from './math-text';

/** The TeX KaTeX keeps in its MathML annotation. */
function texOf(katex: Element): string {
  let tex = '';
  visit(katex, 'element', (n) => {
    if (n.tagName === 'annotation') tex = toString(n);
  });
  return tex;
}

export default function rehypeFormulas() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langFromPath(file.path));
    let n = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const display = hasClass(node, 'katex-display');
      if (!display && !hasClass(node, 'katex')) return;
      const twin = h('span', { className: ['math-text'], hidden: true }, [
        mathSearchText(texOf(node), t('math.placeholder')),
      ]);
      if (!display) {
        parent.children.splice(index + 1, 0, twin);
        return [SKIP, index + 2];
      }
      const id = `eq-${++n}`;
      const label = t('equation.number', { n });
      node.properties.tabIndex = 0;
      parent.children[index] = h('div', { className: ['equation'], id }, [
        node,
        twin,
        // Number and link in one box, so they move below a wide formula together.
        h('span', { className: ['equation-tag'] }, [
          h('span', { className: ['equation-number'], dataPagefindIgnore: '' }, [`(${n})`]),
          anchorLink(id, t('anchor.equation', { label })),
        ]),
      ]);
      return SKIP;
    });
  };
}
