/**
 * Marks words in the other edition's script with `lang` (English terms in Japanese pages,
 * Japanese in English pages), so screen readers switch pronunciation (WCAG 3.1.2).
 * Math, code and elements that already carry `lang` are left alone.
 */
import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Lang } from '../i18n/langs';
import { segmentByScript } from '../i18n/text';
import { langFromPath } from '../content/file-info';
import { classesOf } from './hast-classes';

const SKIP_TAGS = new Set(['code', 'pre', 'math', 'script', 'style', 'svg']);

function skip(node: Element): boolean {
  return (
    SKIP_TAGS.has(node.tagName) ||
    node.properties.lang !== undefined ||
    classesOf(node).some((c) => c.startsWith('katex') || c.startsWith('math'))
  );
}

/** Splits the text under `node` into plain text and `<span lang>` runs. */
export function markForeignRuns(node: Root | Element, lang: Lang): void {
  visit(node, (child, index, parent) => {
    if (child.type === 'element' && child !== node && skip(child)) return SKIP;
    if (child.type !== 'text' || !parent || index === undefined) return;
    const runs = segmentByScript(child.value, lang).map((seg) =>
      seg.lang
        ? h('span', { lang: seg.lang }, [seg.text])
        : { type: 'text' as const, value: seg.text },
    );
    parent.children.splice(index, 1, ...runs);
    return [SKIP, index + runs.length];
  });
}

export default function rehypeLang() {
  return (tree: Root, file: VFile) => markForeignRuns(tree, langFromPath(file.path));
}
