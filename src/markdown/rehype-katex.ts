/**
 * Replaces the math elements remark-math leaves in the hast tree (`code.math-inline`,
 * `code.math-display` inside a `pre`, and ` ```math ` blocks) with KaTeX's output, taken from
 * the build's one formula cache (`math.ts`): the content linter rendered the formula when it
 * checked it, so KaTeX does not run again here. Replaces rehype-katex, which renders every
 * formula itself. A formula that does not render fails the file, naming it and the formula's
 * line (the hast node keeps the Markdown's position).
 *
 * KaTeX's HTML for a formula is parsed into hast once, and each use gets a copy: copying took
 * about 6 µs where parsing a display formula took about 250 µs, and each formula comes at least
 * twice (the Japanese and English bodies share their formulas). The copy carries no positions:
 * the parse's positions were offsets into KaTeX's string, not into the body.
 * @see https://github.com/remarkjs/remark-math/tree/main/packages/rehype-katex (the behaviour kept)
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formulaFailure, renderTex } from './math';
import { classesOf } from './hast-classes';

const isMath = (e: Element) =>
  classesOf(e).some((c) => c === 'language-math' || c === 'math-display' || c === 'math-inline');

/** The formula an element stands for: display math is a `pre` around one math `code`. */
function formulaOf(node: Element): { tex: string; displayMode: boolean } | undefined {
  const [only, ...rest] = node.children;
  if (node.tagName === 'pre' && rest.length === 0 && only?.type === 'element' && isMath(only))
    return { tex: toString(only), displayMode: true };
  if (!isMath(node)) return undefined;
  return { tex: toString(node), displayMode: classesOf(node).includes('math-display') };
}

/** A deep copy of KaTeX's parsed output (elements and text only), without positions. */
function copy(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node, position: undefined };
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties))
    properties[key] = Array.isArray(value) ? [...value] : value;
  return { type: 'element', tagName: node.tagName, properties, children: node.children.map(copy) };
}

/** Parsed formulas by display mode and TeX, the most recently used last (at most `PARSED_MAX`). */
const parsed = new Map<string, ElementContent[]>();
const PARSED_MAX = 2000;

/** KaTeX's output for a formula as hast nodes of the caller's own (see the file's header). */
function formulaNodes(tex: string, displayMode: boolean, html: string): ElementContent[] {
  const key = `${displayMode ? 'd' : 'i'}${tex}`;
  let nodes = parsed.get(key);
  if (nodes) parsed.delete(key);
  else nodes = fromHtml(html, { fragment: true }).children as ElementContent[];
  parsed.set(key, nodes);
  if (parsed.size > PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
  return nodes.map(copy);
}

export default function rehypeKatex() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      const formula = formulaOf(node);
      if (!formula || !parent || index === undefined) return;
      const { html, error } = renderTex(formula.tex, formula.displayMode);
      if (html === undefined) return file.fail(formulaFailure(file.path, node, error), node);
      const rendered = formulaNodes(formula.tex, formula.displayMode, html);
      parent.children.splice(index, 1, ...rendered);
      return [SKIP, index + rendered.length];
    });
  };
}
