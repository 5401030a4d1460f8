/**
 * Fails the build on a formula KaTeX cannot render, naming the file and line.
 * rehype-katex only logs such errors and ships a red `.katex-error`; this plugin runs first.
 * @see https://github.com/remarkjs/remark-math/tree/main/packages/rehype-katex
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { texError } from './math';
import { contentPath } from './file-info';

export default function remarkMathCheck() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const problem = texError(node.value, node.type === 'math');
      if (problem === null) return;
      const line = node.position?.start.line;
      file.fail(
        `${contentPath(file.path)}${line ? `:${line}` : ''}: this formula cannot be rendered by KaTeX: ${problem}`,
        node,
      );
    });
  };
}
