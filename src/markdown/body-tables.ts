/**
 * The tables of a body as the author wrote them: each cell's Markdown source, trimmed. Results
 * charts read their numbers from these (content/figure-tables.ts), and the linter compares the
 * numbers of the two editions' tables. Pure: no Node built-ins.
 */
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MDX_BODY_SYNTAX } from './mdx-body';

/** One table of a body, numbered as on the page (表1 / Table 1 is `number: 1`). */
export interface BodyTable {
  number: number;
  /** The header cells, as written (`RoPE ($\theta=10^4$)`, `512`). */
  head: string[];
  /** The body rows, each its cells as written. */
  rows: string[][];
  /** The line of the table in the body. */
  line?: number;
}

/** A cell's source text: the slice of the body it covers (so math keeps its `$…$`), trimmed. */
function cellSource(cell: Table['children'][number]['children'][number], source: string): string {
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  if (start === undefined || end === undefined) return toString(cell).trim();
  return source
    .slice(start, end)
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .trim();
}

/** The table an mdast `table` node holds, given the body it was parsed from. */
export function tableOf(node: Table, source: string, number: number): BodyTable {
  const [head, ...rows] = node.children.map((row) =>
    row.children.map((c) => cellSource(c, source)),
  );
  return {
    number,
    head: head ?? [],
    rows,
    ...(node.position ? { line: node.position.start.line } : {}),
  };
}

/** Every table of a parsed body, in order. */
function tablesOfTree(tree: Root, source: string): BodyTable[] {
  const out: BodyTable[] = [];
  visit(tree, 'table', (node) => {
    out.push(tableOf(node, source, out.length + 1));
  });
  return out;
}

// Made on first use: mdx-body.ts → components.ts → figures/load.ts → this module is an import
// cycle, so MDX_BODY_SYNTAX is not yet defined while this module is first evaluated.
let parser: ReturnType<typeof makeParser> | undefined;
function makeParser() {
  return unified().use(remarkParse).use(MDX_BODY_SYNTAX).use(remarkMath);
}

/** Every table of an MDX body (without frontmatter), in order; throws when it cannot be parsed. */
export function bodyTables(body: string): BodyTable[] {
  parser ??= makeParser();
  return tablesOfTree(parser.runSync(parser.parse(body)) as Root, body);
}
