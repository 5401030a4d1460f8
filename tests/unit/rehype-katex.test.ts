/**
 * The KaTeX step of the pipeline (src/markdown/rehype-katex.ts): each formula becomes KaTeX's
 * markup, parsed once per formula, and every occurrence gets nodes of its own.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import rehypeKatex from '../../src/markdown/rehype-katex';
import { renderTex } from '../../src/markdown/math';

const inline = (tex: string) => h('code.language-math.math-inline', tex);

const run = (tree: Root) => {
  rehypeKatex()(tree, new VFile({ path: 'content/papers/x/en.mdx' }));
  return tree;
};

/** Nodes without their positions (a copy). */
const withoutPositions = <T>(nodes: T): T =>
  JSON.parse(
    JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value)),
  ) as T;

/** KaTeX's markup for `tex` parsed on its own, without positions. */
const expected = (tex: string) =>
  withoutPositions(fromHtml(renderTex(tex, false).html as string, { fragment: true }).children);

describe('rehypeKatex', () => {
  test('puts the parsed KaTeX markup where each formula was, the same for a formula met again', () => {
    const tree = run({
      type: 'root',
      children: [inline('x^2'), { type: 'text', value: ' and ' }, inline('x^2'), inline('y')],
    });
    expect(withoutPositions(tree.children)).toEqual([
      ...expected('x^2'),
      { type: 'text', value: ' and ' },
      ...expected('x^2'),
      ...expected('y'),
    ]);
  });

  test('gives every occurrence nodes of its own, so a later step changing one leaves the rest', () => {
    const first = run({ type: 'root', children: [inline('a+b'), inline('a+b')] });
    const [one, two] = first.children as Element[];
    (one as Element).properties['id'] = 'changed';
    ((one as Element).children[0] as Element).children.length = 0;
    expect((two as Element).properties['id']).toBeUndefined();
    // A later body with the same formula still gets the whole markup.
    const later = run({ type: 'root', children: [inline('a+b')] });
    expect(withoutPositions(later.children)).toEqual(expected('a+b'));
  });
});
