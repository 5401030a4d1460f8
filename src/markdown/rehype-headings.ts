/**
 * Headings in content bodies: moves each one level down (the page supplies the section heading
 * above the body), gives it a stable id, and adds a visible link to it.
 *
 * The four required detail sections get fixed ids (`problem`, `method`, `results`,
 * `limitations`) from the edition's dictionary, so `#method` is the same in both editions.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { headingIdFactory } from './heading-ids';
import { langFromPath } from '../content/file-info';

/** The anchor link placed after a heading; it is left out of the search index. */
export function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [{ type: 'text', value: label }],
      },
    ],
  };
}

export default function rehypeHeadings() {
  return (tree: Root, file: VFile) => {
    const lang = langFromPath(file.path);
    const t = useTranslations(lang);
    const idFor = headingIdFactory(lang);

    visit(tree, 'element', (node, index, parent) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!level || !parent || index === undefined) return;
      const text = toString(node).trim();
      node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
      const id = idFor(text);
      node.properties.id = id;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, anchorLink(id, t('anchor.label', { title: text }))],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
