/**
 * The tables of a body as the author wrote them: each cell's Markdown source, trimmed. Results
 * charts read their numbers from these (content/figure-tables.ts), and the linter compares the
 * numbers of the two editions' tables. Pure: no Node built-ins.
 */
import type { Root, Table } from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { BodyTable } from '../content/results-tables';
import { MDX_BODY_SYNTAX } from './mdx-syntax';

/**
 * A cell's source text: the slice of the body it covers (so math keeps its `$…$`), trimmed. The
 * tree is always parsed from `source`, so every cell has its position.
 */
function cellSource(cell: Table['children'][number]['children'][number], source: string): string {
  return source
    .slice(cell.position?.start.offset, cell.position?.end.offset)
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

/** The renderer's syntax (markdown/mdx-body.ts), so what parses here is what renders. */
export const bodyParser = unified().use(remarkParse).use(MDX_BODY_SYNTAX).use(remarkMath);

/** Every table of an MDX body (without frontmatter), in order; throws when it cannot be parsed. */
export function bodyTables(body: string): BodyTable[] {
  const out: BodyTable[] = [];
  visit(bodyParser.runSync(bodyParser.parse(body)) as Root, 'table', (node) => {
    out.push(tableOf(node, body, out.length + 1));
  });
  return out;
}
