/**
 * Checks on an MDX body: it parses, has the required sections in order, none of them empty,
 * every formula renders, and it reports the anchors, links and display formulas it contains.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Lang } from '../schema';
import { headingIdFactory } from '../../markdown/heading-ids';
import { texError } from '../../markdown/math';
import type { FigureTag } from './figures';
import type { Problem } from './issues';

export interface BodyReport {
  problems: Problem[];
  /** Ids of the body's headings, as the pipeline will write them. */
  anchors: string[];
  /** Link targets with their lines. */
  links: { url: string; line?: number }[];
  /** The TeX of every display formula, in order (compared between editions). */
  displayMath: string[];
  /** The `<Figure>` and `<FigureRef>` tags, in order. */
  figures: FigureTag[];
  /** False when the body could not be parsed (anchors, links and formulas are then unknown). */
  parsed: boolean;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm);

/** Parses an MDX body; a syntax error becomes a problem with its line. */
export function parseBody(file: string, body: string): { tree?: Root; problem?: Problem } {
  try {
    return { tree: parser.runSync(parser.parse(body)) as Root };
  } catch (error) {
    const e = error as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const reason = (e.message ?? String(error)).split('\n')[0] ?? '';
    // micromark puts the place in the message, "(83:1-83:8)", when the error has no line field.
    const fromReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1];
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (fromReason ? Number(fromReason) : undefined);
    return {
      problem: {
        file,
        ...(line ? { line } : {}),
        message: `the MDX body cannot be parsed: ${reason}. Check for an unclosed tag, a stray "<" or "{" outside math, or an HTML comment (MDX does not allow <!-- -->)`,
      },
    };
  }
}

/** An MDX comment, `{/* ... *\/}`, is the one expression prose may contain. */
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

function hasContent(nodes: RootContent[]): boolean {
  return nodes.some((n) => n.type !== 'heading' && (n.type === 'math' || toString(n).trim().length > 0));
}

/**
 * Checks a body against the required `##` sections (`required` are their headings in this
 * edition's language, in order). Pass `[]` for bodies without required sections.
 */
export function checkBody(file: string, body: string, lang: Lang, required: readonly string[]): BodyReport {
  const report: BodyReport = { problems: [], anchors: [], links: [], displayMath: [], figures: [], parsed: false };
  const { tree, problem } = parseBody(file, body);
  if (!tree) {
    report.problems.push(problem as Problem);
    return report;
  }
  report.parsed = true;

  const idFor = headingIdFactory(lang);
  visit(tree, (node) => {
    if (node.type === 'heading') report.anchors.push(idFor(toString(node)));
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
      report.problems.push({
        file,
        ...(node.position ? { line: node.position.start.line } : {}),
        message: `"{${node.value}}" is read as code, not text, and breaks the page; put braces inside math ($...$) or write them as \\{ and \\}`,
      });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Figure' || node.name === 'FigureRef')) {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      report.figures.push({ tag: node.name, id: typeof id === 'string' ? id : undefined, ...(node.position ? { line: node.position.start.line } : {}) });
    }
    if (node.type === 'link') report.links.push({ url: node.url, ...(node.position ? { line: node.position.start.line } : {}) });
    if (node.type === 'math' || node.type === 'inlineMath') {
      const err = texError(node.value, node.type === 'math');
      if (err) report.problems.push({ file, ...(node.position ? { line: node.position.start.line } : {}), message: `this formula cannot be rendered by KaTeX: ${err}` });
      if (node.type === 'math') report.displayMath.push(node.value.trim());
    }
  });

  if (required.length === 0) return report;
  const top = tree.children.flatMap((n, i) => (n.type === 'heading' && n.depth <= 2 ? [{ node: n, i }] : []));
  const found = top.map(({ node }) => toString(node).trim());
  for (const title of required) {
    if (!found.includes(title)) report.problems.push({ file, where: `section "## ${title}"`, message: `the required section "## ${title}" is missing (required, in order: ${required.map((r) => `## ${r}`).join(', ')})` });
  }
  const order = found.filter((f) => required.includes(f));
  if (report.problems.length === 0 && order.join('\u0000') !== required.join('\u0000')) {
    report.problems.push({ file, where: 'sections', message: `the sections must come in this order: ${required.map((r) => `## ${r}`).join(', ')}` });
  }
  top.forEach(({ node, i }, k) => {
    const title = toString(node).trim();
    if (node.depth === 1) report.problems.push({ file, where: `heading "# ${title}"`, ...(node.position ? { line: node.position.start.line } : {}), message: 'use "##" for top-level headings in the body; the page title comes from the frontmatter' });
    const end = top[k + 1]?.i ?? tree.children.length;
    if (required.includes(title) && !hasContent(tree.children.slice(i + 1, end))) {
      report.problems.push({ file, where: `section "## ${title}"`, ...(node.position ? { line: node.position.start.line } : {}), message: `the section "## ${title}" is empty` });
    }
  });
  return report;
}
