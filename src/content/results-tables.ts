/**
 * Results tables, pure: the author's caption line and its "best" hint, numbers in cells, and
 * which cells hold the best value of their column, and the shape of a body's table as written
 * (`BodyTable`). Shared by the table plugin, the content linter and the results charts, so what
 * the linter accepts is what the page shows.
 *
 * Syntax (docs/content-guide.md): a paragraph directly before a table,
 * `Table: caption text [best: lower]` (or `[best: higher]`; the hint is optional).
 */

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

/** Which way a results table's numbers are better. */
export type BestDirection = 'lower' | 'higher';

/** The word that starts a caption line, the same in both editions. */
export const CAPTION_PREFIX = 'Table:';

const HINT = /\s*\[best:\s*([^\]]*)\]\s*$/;

/** A caption line as the author wrote it. */
export interface CaptionLine {
  /** Caption text without the prefix and the hint. */
  text: string;
  /** The direction named by the hint, if any. */
  best?: BestDirection;
  /** What is wrong with the hint, for the linter (the line is then used without a hint). */
  error?: string;
}

/** Whether a paragraph's text is a caption line. */
export const isCaptionLine = (text: string): boolean => text.trimStart().startsWith(CAPTION_PREFIX);

/** The hint at the end of a caption's text: its value and its length in characters. */
export function hintAt(text: string): { value: string; length: number } | undefined {
  const m = HINT.exec(text);
  return m ? { value: (m[1] ?? '').trim(), length: m[0].length } : undefined;
}

/** Parses a caption line (`Table: … [best: lower]`); `undefined` when it is not one. */
export function parseCaptionLine(line: string): CaptionLine | undefined {
  if (!isCaptionLine(line)) return undefined;
  const rest = line.trimStart().slice(CAPTION_PREFIX.length);
  const hint = hintAt(rest);
  const text = rest.slice(0, rest.length - (hint?.length ?? 0)).trim();
  if (!hint) return { text };
  if (hint.value === 'lower' || hint.value === 'higher') return { text, best: hint.value };
  return {
    text,
    error: `"[best: ${hint.value}]" is not a hint: write [best: lower] or [best: higher]`,
  };
}

/** A trailing spread as results tables print it: "±0.03", "± 27.63". */
const SPREAD = /\s*±\s*(\d+(\.\d*)?|\.\d+)$/;

/**
 * The number a cell shows, or `undefined` for text. Accepts thousands separators, a minus sign
 * (ASCII or U+2212), a trailing % and a trailing spread, so "1,024", "−0.5", "12%" and
 * "0.511 ±0.03" (read as 0.511; the spread is shown but not compared) are numbers.
 */
export function cellNumber(text: string): number | undefined {
  const s = text
    .trim()
    .replace(/[,\u2009\u202f]/g, '')
    .replace(SPREAD, '')
    .replace(/^\u2212/, '-');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)%?$/.test(s)) return undefined;
  return Number(s.replace(/%$/, ''));
}

/**
 * Which cells hold the best value of their column: `rows[r][c]` is a cell's number (or
 * `undefined`). A column is compared only when at least two of its cells are numbers; ties are
 * all best.
 */
export function bestCells(
  rows: readonly (readonly (number | undefined)[])[],
  best: BestDirection,
): boolean[][] {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const target: (number | undefined)[] = [];
  for (let c = 0; c < cols; c++) {
    const values = rows.map((r) => r[c]).filter((v): v is number => v !== undefined);
    target[c] =
      values.length < 2 ? undefined : best === 'lower' ? Math.min(...values) : Math.max(...values);
  }
  return rows.map((r) => r.map((v, c) => v !== undefined && v === target[c]));
}
