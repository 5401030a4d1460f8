/**
 * Gives every formula a `hidden` twin that only the search index reads: the formula's TeX (short
 * ones) or "［数式］" / "[formula]" (see `math-text.ts`). `hidden` keeps it out of the page and
 * the accessibility tree, so screen readers hear the formula once, from KaTeX's MathML. Runs
 * after rehype-katex and rehype-equations.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { langFromPath } from '../content/file-info';
import { mathSearchText } from './math-text';
import { hasClass } from './hast-classes';
import { toString } from 'hast-util-to-string';

/** The TeX KaTeX keeps in its MathML annotation. */
function texOf(katex: Element): string {
  let tex = '';
  visit(katex, 'element', (n) => {
    if (n.tagName === 'annotation') tex = toString(n);
  });
  return tex;
}

export default function rehypeMathText() {
  return (tree: Root, file: VFile) => {
    const placeholder = useTranslations(langFromPath(file.path))('math.placeholder');
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const display = hasClass(node, 'katex-display');
      if (!display && !hasClass(node, 'katex')) return;
      const twin = h('span', { className: ['math-text'], hidden: true }, [
        mathSearchText(texOf(node), placeholder),
      ]);
      parent.children.splice(index + 1, 0, twin);
      return [SKIP, index + 2];
    });
  };
}
