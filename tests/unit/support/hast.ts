/** Finding elements in a hast tree, for the tests that read the pipeline's output. */
import type { Element, Root } from 'hast';
import { classesOf } from '../../../src/markdown/hast-classes';

/** Every element under `node`, depth first. */
function* walk(node: Root | Element): Generator<Element> {
  for (const child of node.children)
    if (child.type === 'element') {
      yield child;
      yield* walk(child);
    }
}

export const all = (node: Root | Element, pred: (e: Element) => boolean): Element[] =>
  [...walk(node)].filter(pred);
export const hasClass = (name: string) => (e: Element) => classesOf(e).includes(name);
export const tag = (name: string) => (e: Element) => e.tagName === name;
