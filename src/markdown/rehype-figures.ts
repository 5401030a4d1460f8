/**
 * Numbers the figures of a page in the order they stand: each `<figure class="figure">` gets
 * the id `fig-N`, its caption the label 図N / Figure N with a visible link to itself (as headings
 * have), and every reference `<a class="figure-ref" data-figure-ref="name">` the same label and
 * `href="#fig-N"`. A reference to a figure that is not on the page is an error.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { useTranslations } from '../i18n';
import { contentPath, langFromPath } from '../content/file-info';
import { anchorLink } from './rehype-headings';
import { hasClass } from './hast-classes';

export default function rehypeFigureNumbers() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(langFromPath(file.path));
    const numbers = new Map<string, number>();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure' || !hasClass(node, 'figure')) return;
      const n = numbers.size + 1;
      const label = t('figure.label', { n });
      numbers.set(String(node.properties.dataFigure), n);
      node.properties.id = `fig-${n}`;
      visit(node, 'element', (child) => {
        if (child.tagName === 'span' && hasClass(child, 'figure-number')) {
          child.children = [
            { type: 'text', value: label },
            anchorLink(`fig-${n}`, t('anchor.label', { title: label })),
          ];
        }
      });
      return 'skip';
    });
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || !hasClass(node, 'figure-ref')) return;
      const name = String(node.properties.dataFigureRef);
      const n = numbers.get(name);
      if (n === undefined)
        throw new Error(
          `${contentPath(file.path)}: the text refers to the figure "${name}", which is not placed on this page`,
        );
      node.properties.href = `#fig-${n}`;
      node.children = [{ type: 'text', value: t('figure.label', { n }) }];
    });
  };
}
