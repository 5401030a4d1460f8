/**
 * Table data for the societal-impact tables.
 */
import type { DigestImpactRow, ImpactRow } from '../schema';

export interface ImpactTableRow extends ImpactRow {
  /** The paper the row is about (home page only). */
  paper?: { slug: string; theme: string; href: string };
}

/**
 * Orders the home page's cross-paper rows by the papers' display order and links each to its
 * paper page. Rows for unknown papers throw (the content linter reports them first).
 */
export function crossPaperRows(
  rows: readonly DigestImpactRow[],
  papers: readonly { slug: string; href: string }[],
): ImpactTableRow[] {
  const position = new Map(papers.map((p, i) => [p.slug, i]));
  return [...rows]
    .sort((a, b) => (position.get(a.paper) ?? Infinity) - (position.get(b.paper) ?? Infinity))
    .map(({ paper, theme, ...row }) => {
      const target = papers.find((p) => p.slug === paper);
      if (!target) throw new Error(`impact row for unknown paper "${paper}"`);
      return { ...row, paper: { slug: paper, theme, href: target.href } };
    });
}
