/** The class list of a hast element, the one reader and writer of `className` for the pipeline's plugins. */
import type { Element } from 'hast';

export function classesOf(node: Element): string[] {
  const c = node.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
}

export const hasClass = (node: Element, name: string): boolean => classesOf(node).includes(name);

export const addClass = (node: Element, name: string): void => {
  node.properties['className'] = [...classesOf(node), name];
};
