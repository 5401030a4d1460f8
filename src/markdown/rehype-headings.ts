/**
 * Headings in content bodies: moves each one level down (the page supplies the section heading
 * above the body), gives it a stable id, and adds a visible link to it.
 *
 * The four required detail sections get fixed ids (`problem`, `method`, `results`,
 * `limitations`) from the edition's dictionary, so `#method` is the same in both editions.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { headingIdFactory } from './heading-ids';
import { langFromPath } from '../content/file-info';

/** The anchor link placed after a heading; it is left out of the search index. */
export function anchorLink(id: string, label: string): Element {
  return h('a', { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, ['#']),
    h('span', { className: ['sr-only'] }, [label]),
  ]);
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
      parent.children[index] = h(
        'div',
        { className: ['heading-wrapper', `level-${node.tagName}`] },
        [node, anchorLink(id, t('anchor.label', { title: text }))],
      );
      return 'skip';
    });
  };
}
