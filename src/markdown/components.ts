/**
 * The components a paper body may use, by name. The content linter checks every use with
 * `check` (file and line in each message) and the papers' renderer (`mdx-body.ts`) turns each
 * use into HTML with `render`, at build time: a body is never compiled to a JavaScript module.
 * Adding a component is adding one entry to `bodyComponents`.
 */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { RootContent } from 'mdast';
import type { Lang } from '../i18n/langs';
import { renderFigure } from '../figures/figure';
import { renderImageFigure } from '../figures/image';
import { loadFigures } from '../figures/load';
import { bodyTables } from './body-tables';
import { useTranslations } from '../i18n';

/** A JSX element of an MDX body (`<Note>…</Note>`, `<sup>…</sup>`), block or inline. */
export type MdxJsxElement = Extract<
  RootContent,
  { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }
>;

/** What a component knows about the body it is used in. */
export interface BodyContext {
  /** The body's file, relative to the project root ("content/papers/x/ja.mdx"). */
  file: string;
  /** The edition the body belongs to. */
  lang: Lang;
  /** The absolute folder of the paper (where its paper.yaml is). */
  paperDir: string;
}

/** A `BodyContext` while rendering, with the element's Markdown children converted to hast. */
interface RenderContext extends BodyContext {
  /** The element's children, rendered by the pipeline (Markdown, math, nested elements). */
  children(): ElementContent[];
}

/** One component a body may use. */
export interface BodyComponent {
  /**
   * Problems with this use (attributes, children), [] when fine. Expression and spread
   * attributes are refused before this is called, so every attribute here has a string value
   * (or none: `<X flag>`).
   */
  check(node: MdxJsxElement, ctx: BodyContext): string[];
  /** The hast it becomes. */
  render(node: MdxJsxElement, ctx: RenderContext): ElementContent[];
}

/** `<Note>…</Note>`: an editor's note, set apart from the paper's own account. */
const Note: BodyComponent = {
  check(node) {
    const problems: string[] = [];
    const names = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
    if (names.length > 0) problems.push(`<Note> takes no attributes (found: ${names.join(', ')})`);
    if (node.type === 'mdxJsxTextElement')
      problems.push(
        '<Note> is a block: put <Note> and </Note> on lines of their own, with the note between them',
      );
    if (node.children.length === 0)
      problems.push('<Note> is empty; write the note between <Note> and </Note>');
    return problems;
  },
  render(_node, ctx) {
    return [
      h('div', { className: ['editor-note'], role: 'note' }, [
        h('p', { className: ['editor-note-label'] }, [useTranslations(ctx.lang)('note.label')]),
        ...ctx.children(),
      ]),
    ];
  },
};

/** The `id` attribute of a figure tag, when it is a well-formed figure name. */
function figureId(node: MdxJsxElement): string | undefined {
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : undefined;
}

/** Problems with the attributes of `<Figure>` / `<FigureRef>`: exactly one, a figure name in `id`. */
function figureTagProblems(node: MdxJsxElement, tag: string): string[] {
  const names = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
  const problems: string[] = [];
  if (!figureId(node))
    problems.push(
      `<${tag}> needs id="name", a figure of figures.yaml (lower-case words and hyphens)`,
    );
  const others = names.filter((n) => n !== 'id');
  if (others.length > 0) problems.push(`<${tag}> takes only id (found: ${others.join(', ')})`);
  if (node.children.length > 0) problems.push(`<${tag}> takes no content: write <${tag} id="…" />`);
  return problems;
}

/**
 * `<Figure id="name" />`: places a figure of the paper's `figures.yaml`, drawn at build time in
 * the edition's language, or an image file with its credit and licence (src/figures/). The linter checks that the name exists and that every
 * figure is placed once in each edition (src/lint/figures.ts); `rehypeFigureNumbers`
 * numbers it.
 */
const Figure: BodyComponent = {
  check(node) {
    const problems = figureTagProblems(node, 'Figure');
    if (node.type === 'mdxJsxTextElement')
      problems.push('<Figure> is a block: put <Figure id="…" /> on a line of its own');
    return problems;
  },
  render(node, ctx) {
    const id = figureId(node) ?? '';
    const spec = loadFigures(ctx.paperDir, bodyTables)[id];
    if (!spec) throw new Error(`${ctx.file}: there is no figure "${id}" in figures.yaml`);
    return [
      spec.kind === 'image'
        ? renderImageFigure(id, spec, ctx.lang, ctx.paperDir)
        : renderFigure(id, spec, ctx.lang),
    ];
  },
};

/** `<FigureRef id="name" />`: a link in running text to a figure, labelled 図N / Figure N. */
const FigureRef: BodyComponent = {
  check: (node) => figureTagProblems(node, 'FigureRef'),
  render(node) {
    return [h('a', { className: ['figure-ref'], dataFigureRef: figureId(node) ?? '' })];
  },
};

/** Every component a paper body may use, by the name written in the body. */
export const bodyComponents: Readonly<Record<string, BodyComponent>> = { Note, Figure, FigureRef };
