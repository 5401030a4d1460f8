/**
 * Numbered things on a page (display equations, results tables): their stable anchors, the same
 * in both editions because they come from the position on the page, not from the language.
 */

/** What is numbered by this pipeline (figures, `fig-N`, are numbered by the figure code). */
export type NumberedKind = 'eq' | 'table';

/** The anchor of the `n`-th item of a kind, counted from 1: `eq-3`, `table-1`. */
export const numberedId = (kind: NumberedKind, n: number): string => `${kind}-${n}`;

/** A counter per kind, in document order: `next('eq')` gives 1, 2, 3 … */
export function numberer(): (kind: NumberedKind) => number {
  const seen = new Map<NumberedKind, number>();
  return (kind) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    return n;
  };
}
