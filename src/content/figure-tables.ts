/**
 * One source for each number: a results chart of `figures.yaml` names a table of the page's body
 * and the rows and columns it plots; this module reads the numbers from that table. The build
 * draws what it returns (src/figures/load.ts) and the linter reports its problems
 * (lint/figures.ts), so a chart cannot disagree with the table beside it. Pure.
 */
import { cellNumber } from './results-tables';
import type { BodyTable } from './results-tables';
import type { BarsFigure, FigureEntry, FigureSpec, LinesFigure } from './schema';

/** A problem with a figure's link to its table: where in the figure (after its name) and what. */
export interface TableProblem {
  where: string;
  message: string;
}

/** Reports the problems of one figure's link to its tables, `where` being a path in the figure. */
type Report = (where: string, message: string) => void;

/** Table `number` of ja.mdx, or a problem at `where` saying it is not there. */
function tableOf(tables: readonly BodyTable[], number: number, report: Report, where: string) {
  const table = tables[number - 1];
  if (!table)
    report(
      where,
      `there is no table ${number} in ja.mdx (${tables.length === 0 ? 'the page has no tables' : `the page has ${tables.length} table(s)`})`,
    );
  return table;
}

/**
 * The first body row whose first cell reads `row` (compared trimmed), or a problem at `where`
 * listing the table's row labels, quoted so that a stray invisible character shows (as \u0000).
 */
function rowOf(
  table: BodyTable,
  number: number,
  row: string,
  report: Report,
  where: string,
  what = '',
) {
  const found = table.rows.find((r) => (r[0] ?? '').trim() === row.trim());
  if (!found)
    report(
      where,
      `table ${number} of ja.mdx has no row "${row}"${what}; its rows are: ${table.rows.map((r) => JSON.stringify(r[0] ?? '')).join(', ')}`,
    );
  return found;
}

/** Where a cell is, for a problem's message. */
const cellAt = (number: number, row: string, column: string) =>
  `table ${number} of ja.mdx, row "${row}", column "${column}"`;

function linesFromTables(
  spec: Extract<FigureEntry, { kind: 'lines' }>,
  tables: readonly BodyTable[],
  report: Report,
): LinesFigure {
  const ids = spec.series.map((s) => s.id);
  const panels = spec.panels.map(({ table: number, series: wanted = ids, ...rest }, p) => {
    const where = `.panels[${p + 1}]`;
    const data: Record<string, [number, number][]> = {};
    const table = tableOf(tables, number, report, `${where}.table`);
    if (!table) return { ...rest, data };
    const xs = table.head.slice(1).map((h, c) => {
      const x = cellNumber(h);
      if (x === undefined)
        report(
          `${where}.table`,
          `the header "${h}" of column ${c + 2} of table ${number} of ja.mdx is not a number: a lines chart plots every column after the first, its header being the x value`,
        );
      return x;
    });
    for (const id of wanted.filter((id) => !ids.includes(id)))
      report(
        `${where}.series`,
        `"${id}" is not a series of this figure (series: ${ids.join(', ')})`,
      );
    // In legend order, as the drawer reads them.
    for (const s of spec.series.filter((x) => wanted.includes(x.id))) {
      const row = rowOf(table, number, s.row, report, `${where}.series`, ` (series "${s.id}")`);
      if (!row) continue;
      const points = xs.flatMap((x, c): [number, number][] => {
        if (x === undefined) return [];
        const cell = row[c + 1] ?? '';
        const y = cellNumber(cell);
        if (y !== undefined && y > 0) return [[x, y]];
        report(
          `${where}.series`,
          `${cellAt(number, s.row, table.head[c + 1] ?? '')}: "${cell}" is not a positive number to plot`,
        );
        return [];
      });
      if (points.length > 0) data[s.id] = points;
    }
    return { ...rest, data };
  });
  return { ...spec, series: spec.series.map(({ id, label }) => ({ id, label })), panels };
}

function barsFromTable(
  spec: Extract<FigureEntry, { kind: 'bars' }>,
  tables: readonly BodyTable[],
  report: Report,
): BarsFigure {
  const { table: number, bars, groups, ...rest } = spec;
  const table = tableOf(tables, number, report, '.table');
  if (!table) return { ...rest, groups: [] };
  const segments = [...new Set(spec.segments.map((s) => s.id))];
  bars.forEach((bar, b) => {
    for (const [segment, header] of Object.entries(bar.columns)) {
      if (!segments.includes(segment))
        report(
          `.bars[${b + 1}].columns`,
          `"${segment}" is not a segment of this figure (segments: ${segments.join(', ')})`,
        );
      if (!table.head.includes(header.trim()))
        report(
          `.bars[${b + 1}].columns.${segment}`,
          `table ${number} of ja.mdx has no column "${header}"; its headers are: ${table.head.join(' | ')}`,
        );
    }
  });
  return {
    ...rest,
    groups: groups.map((group, g) => {
      const row = rowOf(table, number, group.row, report, `.groups[${g + 1}].row`);
      return {
        label: group.label ?? group.row,
        bars: bars.map((bar, b) => {
          const values: Record<string, number> = {};
          for (const [segment, header] of Object.entries(bar.columns)) {
            const c = table.head.indexOf(header.trim());
            if (!row || c < 0) continue;
            const cell = row[c] ?? '';
            const v = cellNumber(cell);
            if (v !== undefined && Number.isInteger(v) && v >= 0) values[segment] = v;
            else
              report(
                `.bars[${b + 1}].columns.${segment}`,
                `${cellAt(number, group.row, header)}: "${cell}" is not a count (a whole number, 0 or more)`,
              );
          }
          return { label: bar.label, values };
        }),
      };
    }),
  };
}

/**
 * A figure ready to draw: schematics as written, results charts with the numbers of the table
 * they name (`tables`: the tables of ja.mdx, in page order). `problems` says what could not be
 * read; the returned figure is then incomplete and must not be drawn.
 */
export function figureFromTables(
  name: string,
  entry: FigureEntry,
  tables: readonly BodyTable[],
): { spec: FigureSpec; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const report: Report = (where, message) => problems.push({ where: `${name}${where}`, message });
  const spec =
    entry.kind === 'lines'
      ? linesFromTables(entry, tables, report)
      : entry.kind === 'bars'
        ? barsFromTable(entry, tables, report)
        : entry;
  return { spec, problems };
}

/**
 * The two editions' tables hold the same numbers: the same number of tables, rows and columns,
 * and every cell that is a number in one edition is the same number in the other (labels may
 * differ). Returns one message per difference, naming table, row and column.
 */
export function compareTableNumbers(ja: readonly BodyTable[], en: readonly BodyTable[]): string[] {
  const out: string[] = [];
  ja.forEach((a, t) => {
    const b = en[t];
    if (!b) return;
    const shape = (x: BodyTable) => `${x.rows.length} row(s) × ${x.head.length} column(s)`;
    // The header is row 0 of both.
    const [x, y] = [a, b].map((table) => [table.head, ...table.rows]) as [string[][], string[][]];
    if (x.length !== y.length || x.some((r, i) => r.length !== y[i]?.length)) {
      out.push(
        `table ${t + 1} has ${shape(b)} here and ${shape(a)} in ja.mdx; both editions must show the same table`,
      );
      return;
    }
    x.forEach((row, i) =>
      row.forEach((cell, c) => {
        const other = y[i]?.[c] ?? '';
        const where =
          i === 0 ? `header column ${c + 1}` : `row ${i} ("${y[i]?.[0] ?? ''}"), column ${c + 1}`;
        const [n, m] = [cell, other].map(cellNumber);
        if ((n !== undefined || m !== undefined) && n !== m)
          out.push(
            `table ${t + 1}, ${where}: "${other}" here but "${cell}" in ja.mdx; both editions must give the same numbers`,
          );
      }),
    );
  });
  return out;
}
