/**
 * Fails the build on a formula KaTeX cannot render, naming the file and line (the mdast node
 * still has its source position). The check is the render: `texError` renders the formula into
 * the build's KaTeX cache (`math.ts`), from which `rehype-katex.ts` takes it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { formulaFailure, texError } from './math';

export default function remarkMathCheck() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      const problem = texError(node.value, node.type === 'math');
      if (problem !== null) file.fail(formulaFailure(file.path, node, problem), node);
    });
  };
}
