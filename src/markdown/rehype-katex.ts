/**
 * Replaces the math elements remark-math leaves in the hast tree (`code.math-inline`,
 * `code.math-display` inside a `pre`, and ` ```math ` blocks) with KaTeX's output, taken from
 * the build's one formula cache (`math.ts`): the formula was rendered when it was checked, so
 * KaTeX does not run again here. Replaces rehype-katex, which renders every formula itself.
 * A formula that does not render fails the file (remark-math-check.ts has normally named it
 * first, with its line).
 * @see https://github.com/remarkjs/remark-math/tree/main/packages/rehype-katex (the behaviour kept)
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentPath } from './file-info';
import { renderTex } from './math';

const classesOf = (e: Element) =>
  Array.isArray(e.properties.className) ? e.properties.className.map(String) : [];
const isMath = (e: Element) =>
  classesOf(e).some((c) => c === 'language-math' || c === 'math-display' || c === 'math-inline');

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The formula an element stands for: display math is a `pre` around one math `code`. */
function formulaOf(node: Element): { tex: string; displayMode: boolean } | undefined {
  const [only, ...rest] = node.children;
  if (node.tagName === 'pre' && rest.length === 0 && only?.type === 'element' && isMath(only))
    return { tex: textOf(only), displayMode: true };
  if (!isMath(node)) return undefined;
  return { tex: textOf(node), displayMode: classesOf(node).includes('math-display') };
}

export default function rehypeKatex() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      const formula = formulaOf(node);
      if (!formula || !parent || index === undefined) return;
      const { html, error } = renderTex(formula.tex, formula.displayMode);
      if (html === undefined) {
        const line = node.position?.start.line;
        return file.fail(
          `${contentPath(file.path)}${line ? `:${line}` : ''}: this formula cannot be rendered by KaTeX: ${error}`,
          node,
        );
      }
      const rendered = fromHtml(html, { fragment: true }).children as ElementContent[];
      parent.children.splice(index, 1, ...rendered);
      return [SKIP, index + rendered.length];
    });
  };
}
