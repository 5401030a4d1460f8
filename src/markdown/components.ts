/**
 * The components a paper body may use, by name. The content linter checks every use with
 * `check` (file and line in each message) and the papers' renderer (`mdx-body.ts`) turns each
 * use into HTML with `render`, at build time: a body is never compiled to a JavaScript module.
 * Adding a component is adding one entry to `bodyComponents`.
 */
import type { ElementContent } from 'hast';
import type { RootContent } from 'mdast';
import type { Lang } from '../content/schema';
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
export interface RenderContext extends BodyContext {
  /** The element's children, rendered by the pipeline (Markdown, math, nested elements). */
  children(): ElementContent[];
}

/** One component a body may use. */
export interface BodyComponent {
  /** One line for authors. */
  description: string;
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
  description:
    "An editor's note in the body, set apart and labelled (編集注 / Editor's note); Markdown inside, no attributes.",
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
      {
        type: 'element',
        tagName: 'div',
        properties: { className: ['editor-note'], role: 'note' },
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: { className: ['editor-note-label'] },
            children: [{ type: 'text', value: useTranslations(ctx.lang)('note.label') }],
          },
          ...ctx.children(),
        ],
      },
    ];
  },
};

/** Every component a paper body may use, by the name written in the body. */
export const bodyComponents: Readonly<Record<string, BodyComponent>> = { Note };
