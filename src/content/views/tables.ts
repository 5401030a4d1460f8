/**
 * The home page's comparison table (built from each paper's `comparison` frontmatter and its
 * facts) and the downloadable CSV and JSON forms of the comparison and societal-impact tables.
 */
import type { Lang } from '../../i18n/langs';
import type { ImpactTableRow } from './impact';
import type { PaperView } from './papers';
import { langRoot } from '../../site/routes';

/** The comparison table's columns after the paper, in order; they are also the JSON keys. */
export const COMPARISON_COLUMNS = ['task', 'problem', 'keyIdea', 'data', 'result', 'code'] as const;
/** The societal-impact table's columns after the paper, in order; they are also the JSON keys. */
export const IMPACT_COLUMNS = ['area', 'impact', 'stakeholders', 'risk'] as const;

/**
 * The comparison rows in display order: each paper's link (`href`, with the base), its titles,
 * its `comparison` frontmatter, and its official code repository (null when none is confirmed).
 */
export function comparisonRows(papers: readonly PaperView[], href: (slug: string) => string) {
  return papers.map((p) => {
    const c = p.prose.comparison;
    return {
      slug: p.slug,
      href: href(p.slug),
      title: p.prose.title,
      shortName: p.facts.shortName,
      ...c,
      code: p.facts.code ?? null,
    };
  });
}

export type ComparisonRow = ReturnType<typeof comparisonRows>[number];

/** The downloadable tables and formats. */
export const TABLES = ['comparison', 'impact'] as const;
export const FORMATS = ['csv', 'json'] as const;
export type TableName = (typeof TABLES)[number];
export type TableFormat = (typeof FORMATS)[number];

/** Where a table's download lives, e.g. "/data/comparison.csv" or "/en/data/impact.json". */
export const tablePath = (lang: Lang, table: TableName, format: TableFormat): string =>
  `${langRoot(lang)}data/${table}.${format}`;

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV text (RFC 4180: CRLF line ends) with a byte-order mark, so spreadsheet programs read
 * the Japanese text as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A table as plain records for CSV and JSON: the header labels and one object per row. */
export interface TableData {
  columns: { key: string; label: string }[];
  records: Record<string, string | null>[];
}

/**
 * A table as records: the paper (its name and absolute link), then `keys`, in this order in the
 * columns and in every record; `labels` are the headers in the page's language.
 */
function tableData<K extends string>(
  keys: readonly K[],
  labels: Record<'paper' | K, string>,
  rows: readonly ({ paper: string; url: string } & Record<K, string | null>)[],
): TableData {
  const columns = [
    { key: 'paper', label: labels.paper },
    { key: 'url', label: 'URL' },
    ...keys.map((key) => ({ key, label: labels[key] })),
  ];
  return {
    columns,
    records: rows.map((r) => Object.fromEntries(columns.map(({ key }) => [key, r[key as K]]))),
  };
}

/** The comparison table as records; `labels` are the column headers in the page's language. */
export const comparisonData = (
  rows: readonly ComparisonRow[],
  labels: Record<'paper' | (typeof COMPARISON_COLUMNS)[number], string>,
  absolute: (href: string) => string,
): TableData =>
  tableData(
    COMPARISON_COLUMNS,
    labels,
    rows.map((r) => ({ ...r, paper: r.title, url: absolute(r.href) })),
  );

/** The cross-paper societal-impact table as records. */
export const impactData = (
  rows: readonly ImpactTableRow[],
  labels: Record<'paper' | (typeof IMPACT_COLUMNS)[number], string>,
  absolute: (href: string) => string,
): TableData =>
  tableData(
    IMPACT_COLUMNS,
    labels,
    rows.map((r) => ({
      ...r,
      paper: r.paper?.theme ?? '',
      url: r.paper ? absolute(r.paper.href) : '',
    })),
  );

/** The table as CSV: localized header labels, then the rows (null becomes an empty cell). */
export const tableCsv = (data: TableData): string =>
  toCsv(
    data.columns.map((c) => c.label),
    data.records.map((r) => data.columns.map((c) => r[c.key] ?? '')),
  );

/** The table as JSON: an array of records with stable English keys. */
export const tableJson = (data: TableData): string => `${JSON.stringify(data.records, null, 2)}\n`;
