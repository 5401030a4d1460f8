/**
 * Checks on an MDX body: it parses, has the required sections in order, none of them empty,
 * every formula renders, and it reports the anchors, links and display formulas it contains.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/langs';
import { headingIdFactory } from '../markdown/heading-ids';
import { texError } from '../markdown/math';
import { mdxProblems, type ComponentRegistry } from '../markdown/mdx-body';
import { bodyParser as parser, tableOf } from '../markdown/body-tables';
import {
  CAPTION_PREFIX,
  parseCaptionLine,
  type BestDirection,
  type BodyTable,
} from '../content/results-tables';
import type { FigureTag } from './figures';
import type { Problem } from './issues';
import { checkElement, checkLinkUrl, type WrittenAttribute } from './markup';
import { dangerousScheme } from '../markdown/html-policy';

export interface BodyReport {
  problems: Problem[];
  /** Ids of the body's headings, as the pipeline will write them. */
  anchors: string[];
  /** Link targets with their lines. */
  links: { url: string; line?: number | undefined }[];
  /** The TeX of every display formula, in order (compared between editions). */
  displayMath: string[];
  /** Every table, in order, with the direction of its "best" hint and its cells as written (compared between editions). */
  tables: { best: BestDirection | 'none'; line?: number | undefined; cells: BodyTable }[];
  /** The `<Figure>` and `<FigureRef>` tags, in order. */
  figures: FigureTag[];
  /** False when the body could not be parsed (anchors, links and formulas are then unknown). */
  parsed: boolean;
  /** The body as plain text (Markdown marks and link targets removed; math as its TeX), when parsed. */
  text: string;
}

/** Where a body lives and which components it may use. */
export interface BodyOptions {
  /** The absolute folder of the paper (passed to components' checks); defaults to the file's folder. */
  paperDir?: string;
  /** The components the body may use; paper bodies use the registry, the digest none. */
  components?: ComponentRegistry;
}

/** Parses an MDX body; a syntax error becomes a problem with its line. */
export function parseBody(file: string, body: string): { tree?: Root; problem?: Problem } {
  try {
    return { tree: parser.runSync(parser.parse(body)) as Root };
  } catch (error) {
    // A VFileMessage (vfile-message 4) has its line whenever it has a place.
    const e = error as { message?: string; line?: number };
    const reason = (e.message ?? String(error)).split('\n')[0] ?? '';
    // micromark puts the place in the message, "(83:1-83:8)", when the error has no line field.
    const fromReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1];
    const line = e.line ?? (fromReason ? Number(fromReason) : undefined);
    return {
      problem: {
        file,
        line,
        message: `the MDX body cannot be parsed: ${reason}. Check for an unclosed tag, a stray "<" or "{" outside math, or an HTML comment (MDX does not allow <!-- -->)`,
      },
    };
  }
}

type JsxAttributes = Extract<RootContent, { type: 'mdxJsxFlowElement' }>['attributes'];

/**
 * Findings for one JSX element. A lowercase name is HTML (or SVG/MathML) and must follow the
 * HTML policy; a capitalised one is a component, checked by its own rules, but never carries
 * an event handler or a script URL either.
 */
function checkJsx(name: string | null, attributes: JsxAttributes): string[] {
  if (name === null) return [];
  // Expression and spread attributes are refused by mdxProblems (markdown/mdx-body.ts).
  const written: WrittenAttribute[] = attributes.flatMap((a) =>
    a.type === 'mdxJsxAttribute' && (a.value == null || typeof a.value === 'string')
      ? [{ name: a.name, value: a.value ?? null }]
      : [],
  );
  const found: string[] = [];
  if (/^[a-z]/.test(name) && !name.includes('.')) return checkElement(name, written);
  for (const { name: attr, value } of written) {
    if (/^on/i.test(attr))
      found.push(
        `found the event-handler attribute ${attr} on <${name}>: content may not carry code`,
      );
    const scheme = value === null ? null : dangerousScheme(value);
    if (scheme)
      found.push(
        `found a ${scheme}: URL in ${attr} on <${name}>: use an https:// address or a path of this site`,
      );
  }
  return found;
}

/** The node's line, to spread into a problem. */
const lineOf = (node: { position?: { start: { line: number } } | undefined } | undefined) =>
  node?.position?.start.line;

function hasContent(nodes: RootContent[]): boolean {
  return nodes.some(
    (n) => n.type !== 'heading' && (n.type === 'math' || toString(n).trim().length > 0),
  );
}

/**
 * Checks a body against the required `##` sections (`required` are their headings in this
 * edition's language, in order). Pass `[]` for bodies without required sections.
 */
export function checkBody(
  file: string,
  body: string,
  lang: Lang,
  required: readonly string[],
  options: BodyOptions = {},
): BodyReport {
  const ctx = { file, lang, paperDir: options.paperDir ?? file.replace(/\/[^/]*$/, '') };
  const report: BodyReport = {
    problems: [],
    anchors: [],
    links: [],
    displayMath: [],
    tables: [],
    figures: [],
    parsed: false,
    text: '',
  };
  const { tree, problem } = parseBody(file, body);
  if (!tree) {
    report.problems.push(problem as Problem);
    return report;
  }
  report.parsed = true;
  report.text = toString(tree);

  /** Reports `message` at `node`'s line (and `where`, when given). */
  const flag = (node: Parameters<typeof lineOf>[0], message: string, where?: string) =>
    report.problems.push({ file, where, line: lineOf(node), message });
  const idFor = headingIdFactory(lang);
  visit(tree, (node, index, parent) => {
    if (node.type === 'table' && parent && index !== undefined) {
      const before = parent.children[index - 1];
      const first = before?.type === 'paragraph' ? before.children[0] : undefined;
      const caption =
        first?.type === 'text'
          ? parseCaptionLine(first.value) && parseCaptionLine(toString(before))
          : undefined;
      report.tables.push({
        best: caption?.best ?? 'none',
        line: lineOf(node),
        cells: tableOf(node, body, report.tables.length + 1),
      });
    }
    if (
      node.type === 'paragraph' &&
      node.children[0]?.type === 'text' &&
      parseCaptionLine(node.children[0].value)
    ) {
      const caption = parseCaptionLine(toString(node));
      if (caption?.error) flag(node, `table caption: ${caption.error}`);
      if (caption && !caption.text)
        flag(
          node,
          `the caption line "${CAPTION_PREFIX}" has no text: write what the table shows after it`,
        );
      const after = parent && index !== undefined ? parent.children[index + 1] : undefined;
      if (after?.type !== 'table')
        flag(
          node,
          `a caption line ("${CAPTION_PREFIX} …") must come directly before its table, separated by one blank line`,
        );
    }
    if (node.type === 'heading') {
      report.anchors.push(idFor(toString(node)));
      // Whitespace and format characters (zero-width space, direction marks) show nothing.
      if (toString(node).replace(/[\p{White_Space}\p{Cf}]/gu, '') === '')
        flag(
          node,
          'a heading has no visible text: write its title after the "#" marks, or delete the line',
        );
    }
    for (const message of mdxProblems(node, ctx, options.components)) flag(node, message);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'Figure' || node.name === 'FigureRef') {
        const id = node.attributes.find(
          (a) => a.type === 'mdxJsxAttribute' && a.name === 'id',
        )?.value;
        report.figures.push({
          tag: node.name,
          id: typeof id === 'string' ? id : undefined,
          line: lineOf(node),
        });
      }
      for (const message of checkJsx(node.name, node.attributes)) flag(node, message);
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const message = checkLinkUrl(node.url);
      if (message) flag(node, message);
      // A link refused for its scheme is not also checked as a link into the site.
      else if (node.type === 'link') report.links.push({ url: node.url, line: lineOf(node) });
    }
    if (node.type === 'math' || node.type === 'inlineMath') {
      const err = texError(node.value, node.type === 'math');
      if (err) flag(node, `this formula cannot be rendered by KaTeX: ${err}`);
      if (node.type === 'math') report.displayMath.push(node.value.trim());
    }
  });

  if (required.length === 0) return report;
  const top = tree.children.flatMap((n, i) =>
    n.type === 'heading' && n.depth <= 2 ? [{ node: n, i }] : [],
  );
  const found = top.map(({ node }) => toString(node).trim());
  for (const title of required) {
    if (!found.includes(title))
      flag(
        undefined,
        `the required section "## ${title}" is missing (required, in order: ${required.map((r) => `## ${r}`).join(', ')})`,
        `section "## ${title}"`,
      );
  }
  const order = found.filter((f) => required.includes(f));
  if (report.problems.length === 0 && order.join('\u0000') !== required.join('\u0000'))
    flag(
      undefined,
      `the sections must come in this order: ${required.map((r) => `## ${r}`).join(', ')}`,
      'sections',
    );
  top.forEach(({ node, i }, k) => {
    const title = toString(node).trim();
    if (node.depth === 1)
      flag(
        node,
        'use "##" for top-level headings in the body; the page title comes from the frontmatter',
        `heading "# ${title}"`,
      );
    const end = top[k + 1]?.i ?? tree.children.length;
    if (required.includes(title) && !hasContent(tree.children.slice(i + 1, end)))
      flag(node, `the section "## ${title}" is empty`, `section "## ${title}"`);
  });
  return report;
}
