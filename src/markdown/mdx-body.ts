/**
 * The grammar of a paper body beyond Markdown, shared by the content linter and the papers'
 * renderer so that what one accepts is exactly what the other renders:
 *
 * - a registered component (`components.ts`, e.g. `<Note>`) is checked and rendered by its entry;
 * - a lowercase JSX element (`<sup>x</sup>`, `<br />`: MDX reads inline HTML as JSX) becomes the
 *   same HTML element with its literal attributes (`jsxToHast`);
 * - an MDX comment (`{/* … *\/}`) is dropped;
 * - anything else MDX would treat as code (an expression, an expression or spread attribute,
 *   `import`/`export`, an unknown capitalised component, a fragment) is a problem, with its line.
 *
 * Pure: no Node built-ins (the linter imports it).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Nodes, Root } from 'mdast';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  bodyComponents,
  type BodyComponent,
  type BodyContext,
  type MdxJsxElement,
} from './components';
import { contentPath, langFromPath } from '../content/file-info';

export { MDX_BODY_SYNTAX } from './mdx-syntax';

type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['heading']>;
type State = Parameters<Handler>[0];

/** The components a body may use, by name (`bodyComponents` unless a test passes others). */
export type ComponentRegistry = Readonly<Record<string, BodyComponent>>;

/** An MDX comment, `{/* ... *\/}`, is the one expression prose may contain. */
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/** MDX's rule: a name that starts with a lower-case letter and has no dot is an HTML element. */
const isHtmlName = (name: string) => /^[a-z]/.test(name) && !name.includes('.');

const short = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

const known = (components: ComponentRegistry) =>
  Object.keys(components)
    .map((name) => `<${name}>`)
    .join(', ') || 'none';

/**
 * Problems with one node of a parsed body (not its descendants): [] for Markdown, comments,
 * lowercase elements with literal attributes and well-used components.
 */
export function mdxProblems(
  node: Nodes,
  ctx: BodyContext,
  components: ComponentRegistry = bodyComponents,
): string[] {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node.value)
        ? []
        : [
            `"{${node.value}}" is read as code, not text, and breaks the page; put braces inside math ($...$) or write them as \\{ and \\}`,
          ];
    case 'mdxjsEsm':
      return [
        `"${short(node.value)}" is an MDX import or export, which is code; a body cannot contain one (the components a body may use, ${known(components)}, need no import)`,
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, ctx, components);
    default:
      return [];
  }
}

function elementProblems(
  node: MdxJsxElement,
  ctx: BodyContext,
  components: ComponentRegistry,
): string[] {
  if (node.name === null)
    return ['"<>" (a fragment) is JSX, not text; remove "<>" and "</>" around the text'];
  const tag = `<${node.name}>`;
  const problems: string[] = [];
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute')
      problems.push(
        `${tag}: the attribute "{${attr.value}}" (a spread) is code, not text; write each attribute as name="value"`,
      );
    else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')
      problems.push(
        `${tag}: the attribute ${attr.name}={${attr.value.value}} is an expression, which is code; write ${attr.name}="value" in quotes`,
      );
  }
  if (isHtmlName(node.name)) return problems;
  const component = Object.hasOwn(components, node.name) ? components[node.name] : undefined;
  if (!component)
    return [
      ...problems,
      `${tag} is not a component a body may use (known: ${known(components)}); check its spelling, or write an HTML element in lower case`,
    ];
  // A component's own check sees literal attributes only.
  return problems.length > 0 ? problems : component.check(node, ctx);
}

/**
 * A lowercase JSX element as the HTML element it stands for, with its literal string attributes
 * (a bare attribute, `<input disabled>`, is true). The one place inline HTML becomes hast, so a
 * sanitiser or allow-list can hook here. Expression and spread attributes never reach it (they
 * fail the body first); they are skipped.
 */
function jsxToHast(node: MdxJsxElement, children: ElementContent[]): Element {
  const properties: Record<string, string | boolean> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    if (attr.value === null || attr.value === undefined) properties[attr.name] = true;
    else if (typeof attr.value === 'string') properties[attr.name] = attr.value;
  }
  return h(node.name ?? 'div', properties, children);
}

/** The context of the file being processed: from `file.data.body` when set, else from its path. */
function bodyContextOf(file: VFile): BodyContext {
  return (
    file.data.body ?? {
      file: contentPath(file.path),
      lang: langFromPath(file.path),
      paperDir: file.dirname ?? '',
    }
  );
}

declare module 'vfile' {
  interface DataMap {
    /** Set by the papers' loader: the body's file, edition and paper folder. */
    body: BodyContext;
  }
}

/**
 * Fails the file on every problem `mdxProblems` finds, each as "file:line: message", so a body
 * the linter has not seen (dev server, tests) fails the same way.
 */
export function remarkMdxBody(options: { components?: ComponentRegistry } = {}) {
  const components = options.components ?? bodyComponents;
  return (tree: Root, file: VFile) => {
    const ctx = bodyContextOf(file);
    const found: string[] = [];
    visit(tree, (node) => {
      const line = node.position?.start.line;
      for (const message of mdxProblems(node, ctx, components))
        found.push(`${ctx.file}${line ? `:${line}` : ''}: ${message}`);
    });
    if (found.length > 0) file.fail(found.join('\n'));
  };
}

/**
 * remark-rehype handlers for MDX nodes: components render through the registry, lowercase
 * elements through `jsxToHast`; comments, imports and exports leave nothing (the latter have
 * already failed in `remarkMdxBody`).
 */
export function mdxHandlers(
  components: ComponentRegistry = bodyComponents,
): Record<string, Handler> {
  const element = (state: State, node: MdxJsxElement): ElementContent[] => {
    const children = () => state.all(node);
    const name = node.name ?? '';
    if (isHtmlName(name)) {
      const result = jsxToHast(node, children());
      state.patch(node, result);
      return [result];
    }
    const component = Object.hasOwn(components, name) ? components[name] : undefined;
    const file = state.options.file;
    if (!component || !file) throw new Error(`<${name}> is not a body component`);
    return component.render(node, { ...bodyContextOf(file), children });
  };
  const nothing = () => undefined;
  return {
    mdxJsxFlowElement: element as Handler,
    mdxJsxTextElement: element as Handler,
    mdxFlowExpression: nothing,
    mdxTextExpression: nothing,
    mdxjsEsm: nothing,
  };
}
