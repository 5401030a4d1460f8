/**
 * Places figures where a paper body says `<Figure id="name" />` (a line of its own) and turns
 * `<FigureRef id="name" />` in running text into a link that `rehypeFigureNumbers` labels
 * 図N / Figure N. The figure is drawn from the paper's `figures.yaml` in the edition's language.
 *
 * Bodies are rendered as Markdown (src/content/markdown-loader.ts), where these tags arrive as
 * raw HTML nodes; MDX parsing gives JSX nodes. Both forms are handled. The content linter checks
 * every name before the build (src/content/lint/figures.ts).
 */
import type { Root } from 'mdast';
import { dirname } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { contentPath, langFromPath } from '../markdown/file-info';
import { renderFigure } from './figure';
import { loadFigures } from './load';

const FIGURE_RE = /^<Figure\s+id="([a-z0-9-]+)"\s*\/>$/;
const REF_RE = /^<FigureRef\s+id="([a-z0-9-]+)"\s*\/>$/;

interface JsxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The tag name and id of a `<Figure …/>` or `<FigureRef …/>` node, if it is one. */
function figureTag(node: JsxNode): { tag: 'Figure' | 'FigureRef'; id: string } | undefined {
  if (node.type === 'html' && node.value) {
    const v = node.value.trim();
    const f = FIGURE_RE.exec(v)?.[1];
    if (f) return { tag: 'Figure', id: f };
    const r = REF_RE.exec(v)?.[1];
    if (r) return { tag: 'FigureRef', id: r };
  }
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node.name === 'Figure' || node.name === 'FigureRef')
  ) {
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (typeof id === 'string') return { tag: node.name, id };
  }
  return undefined;
}

export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const lang = langFromPath(file.path);
    let figures: ReturnType<typeof loadFigures> | undefined;
    visit(tree, (node, index, parent) => {
      const found = figureTag(node as JsxNode);
      if (!found || !parent || index === undefined) return;
      if (found.tag === 'FigureRef') {
        parent.children[index] = {
          type: 'text',
          value: '',
          data: { hName: 'a', hProperties: { className: ['figure-ref'], dataFigureRef: found.id } },
        } as never;
        return;
      }
      figures ??= loadFigures(dirname(file.path));
      const spec = figures[found.id];
      if (!spec)
        throw new Error(
          `${contentPath(file.path)}: there is no figure "${found.id}" in figures.yaml`,
        );
      const el = renderFigure(found.id, spec, lang);
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: { hName: el.tagName, hProperties: el.properties, hChildren: el.children },
      } as never;
    });
  };
}
