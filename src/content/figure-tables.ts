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

/** The first body row whose first cell reads `row` (the cells as written, compared trimmed). */
const findRow = (table: BodyTable, row: string) =>
  table.rows.find((r) => (r[0] ?? '').trim() === row.trim());

/** A table's row labels, quoted so that a stray invisible character shows (as \u0000). */
const rowList = (table: BodyTable) => table.rows.map((r) => JSON.stringify(r[0] ?? '')).join(', ');

const tableList = (tables: readonly BodyTable[]) =>
  tables.length === 0 ? 'the page has no tables' : `the page has ${tables.length} table(s)`;

function linesFromTables(
  name: string,
  spec: Extract<FigureEntry, { kind: 'lines' }>,
  tables: readonly BodyTable[],
  problems: TableProblem[],
): LinesFigure {
  const panels = spec.panels.map((panel, p) => {
    const where = `${name}.panels[${p + 1}]`;
    const { table: number, series: wanted, ...rest } = panel;
    const data: Record<string, [number, number][]> = {};
    const table = tables[number - 1];
    if (!table) {
      problems.push({
        where: `${where}.table`,
        message: `there is no table ${number} in ja.mdx (${tableList(tables)})`,
      });
      return { ...rest, data };
    }
    const xs = table.head.slice(1).map((h) => cellNumber(h));
    table.head.slice(1).forEach((h, c) => {
      if (xs[c] === undefined)
        problems.push({
          where: `${where}.table`,
          message: `the header "${h}" of column ${c + 2} of table ${number} of ja.mdx is not a number: a lines chart plots every column after the first, its header being the x value`,
        });
    });
    const ids = wanted ?? spec.series.map((s) => s.id);
    for (const id of ids) {
      if (!spec.series.some((s) => s.id === id))
        problems.push({
          where: `${where}.series`,
          message: `"${id}" is not a series of this figure (series: ${spec.series.map((s) => s.id).join(', ')})`,
        });
    }
    // In legend order, as the drawer reads them.
    for (const s of spec.series.filter((x) => ids.includes(x.id))) {
      const row = findRow(table, s.row);
      if (!row) {
        problems.push({
          where: `${where}.series`,
          message: `table ${number} of ja.mdx has no row "${s.row}" (series "${s.id}"); its rows are: ${rowList(table)}`,
        });
        continue;
      }
      const points: [number, number][] = [];
      xs.forEach((x, c) => {
        if (x === undefined) return;
        const cell = row[c + 1] ?? '';
        const y = cellNumber(cell);
        if (y === undefined || !(y > 0))
          problems.push({
            where: `${where}.series`,
            message: `table ${number} of ja.mdx, row "${s.row}", column "${table.head[c + 1] ?? ''}": "${cell}" is not a positive number to plot`,
          });
        else points.push([x, y]);
      });
      if (points.length > 0) data[s.id] = points;
    }
    return { ...rest, data };
  });
  return { ...spec, series: spec.series.map(({ id, label }) => ({ id, label })), panels };
}

function barsFromTable(
  name: string,
  spec: Extract<FigureEntry, { kind: 'bars' }>,
  tables: readonly BodyTable[],
  problems: TableProblem[],
): BarsFigure {
  const { table: number, bars, groups, ...rest } = spec;
  const table = tables[number - 1];
  if (!table) {
    problems.push({
      where: `${name}.table`,
      message: `there is no table ${number} in ja.mdx (${tableList(tables)})`,
    });
    return { ...rest, groups: [] };
  }
  const segments = new Set(spec.segments.map((s) => s.id));
  bars.forEach((bar, b) => {
    for (const [segment, header] of Object.entries(bar.columns)) {
      if (!segments.has(segment))
        problems.push({
          where: `${name}.bars[${b + 1}].columns`,
          message: `"${segment}" is not a segment of this figure (segments: ${[...segments].join(', ')})`,
        });
      if (!table.head.includes(header.trim()))
        problems.push({
          where: `${name}.bars[${b + 1}].columns.${segment}`,
          message: `table ${number} of ja.mdx has no column "${header}"; its headers are: ${table.head.join(' | ')}`,
        });
    }
  });
  return {
    ...rest,
    groups: groups.map((group, g) => {
      const row = findRow(table, group.row);
      if (!row)
        problems.push({
          where: `${name}.groups[${g + 1}].row`,
          message: `table ${number} of ja.mdx has no row "${group.row}"; its rows are: ${rowList(table)}`,
        });
      return {
        label: group.label ?? group.row,
        bars: bars.map((bar, b) => {
          const values: Record<string, number> = {};
          for (const [segment, header] of Object.entries(bar.columns)) {
            const c = table.head.indexOf(header.trim());
            if (!row || c < 0) continue;
            const cell = row[c] ?? '';
            const v = cellNumber(cell);
            if (v === undefined || !Number.isInteger(v) || v < 0)
              problems.push({
                where: `${name}.bars[${b + 1}].columns.${segment}`,
                message: `table ${number} of ja.mdx, row "${group.row}", column "${header}": "${cell}" is not a count (a whole number, 0 or more)`,
              });
            else values[segment] = v;
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
  if (entry.kind === 'lines')
    return { spec: linesFromTables(name, entry, tables, problems), problems };
  if (entry.kind === 'bars')
    return { spec: barsFromTable(name, entry, tables, problems), problems };
  return { spec: entry, problems };
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
    if (
      a.rows.length !== b.rows.length ||
      a.head.length !== b.head.length ||
      a.rows.some((r, i) => r.length !== b.rows[i]?.length)
    ) {
      out.push(
        `table ${t + 1} has ${shape(b)} here and ${shape(a)} in ja.mdx; both editions must show the same table`,
      );
      return;
    }
    const cells: [string, string, string][] = [
      ...a.head.map((h, c): [string, string, string] => [
        h,
        b.head[c] ?? '',
        `header column ${c + 1}`,
      ]),
      ...a.rows.flatMap((r, i) =>
        r.map((cell, c): [string, string, string] => [
          cell,
          b.rows[i]?.[c] ?? '',
          `row ${i + 1} ("${b.rows[i]?.[0] ?? ''}"), column ${c + 1}`,
        ]),
      ),
    ];
    for (const [x, y, where] of cells) {
      const nx = cellNumber(x);
      const ny = cellNumber(y);
      if ((nx !== undefined || ny !== undefined) && nx !== ny)
        out.push(
          `table ${t + 1}, ${where}: "${y}" here but "${x}" in ja.mdx; both editions must give the same numbers`,
        );
    }
  });
  return out;
}
