/**
 * Small builders shared by the unit tests: a matcher for one problem of the content linter
 * (src/lint), and a row of a societal-impact table.
 * (Not a test file: the `unit` project only collects `*.test.ts`.)
 */
import { expect } from 'vitest';
import type { DigestImpactRow } from '../../../src/content/schema';
import type { Problem } from '../../../src/lint';

/**
 * One linter problem: the file, named relative to the content folder, and where, message and
 * line when given (a RegExp `where` matches the field).
 */
export function problem(
  file: string,
  where?: string | RegExp,
  message?: RegExp,
  line?: number,
): Problem {
  return expect.objectContaining({
    file: `content/${file}`,
    ...(where === undefined
      ? {}
      : { where: where instanceof RegExp ? expect.stringMatching(where) : where }),
    ...(message === undefined ? {} : { message: expect.stringMatching(message) }),
    ...(line === undefined ? {} : { line }),
  }) as Problem;
}

/** A row of a home impact table for `paper`, each column filled with its initial. */
export const impactRow = (
  paper: string,
  change: Partial<DigestImpactRow> = {},
): DigestImpactRow => ({
  paper,
  theme: 't',
  area: 'a',
  impact: 'i',
  stakeholders: 's',
  risk: 'r',
  ...change,
});
