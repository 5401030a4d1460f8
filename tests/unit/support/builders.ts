/**
 * Small builders shared by the unit tests: a matcher for one problem of the content linter
 * (src/lint), a check of the problem one mistake causes, and a row of a societal-impact table.
 * (Not a test file: the `unit` project only collects `*.test.ts`.)
 */
import { expect } from 'vitest';
import type { DigestImpactRow } from '../../../src/content/schema';
import type { Problem } from '../../../src/lint';
import { get, lineOf, mutate, readRealContent, type Edit } from './content';

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

/**
 * The problem a mistake must cause: its field and message, and, when `needle` is given, the line
 * where `needle` starts in the edited file; `others`: the mistake also causes other problems.
 */
export type Expected = { where?: string; message: RegExp; needle?: string; others?: true };

/**
 * A `test.each` body: `lint` (lintContent with the root "content") finds, in the real content
 * with `edit` applied to `path`, the problem `expected` (and nothing else, unless `others`).
 */
export const expectProblem =
  (lint: (files: Map<string, string>) => Problem[]) =>
  (_: string, path: string, edit: Edit, { where, message, needle, others }: Expected) => {
    const files = mutate(readRealContent(), path, edit);
    const line = needle === undefined ? undefined : lineOf(get(files, path), needle);
    const found = problem(path, where, message, line);
    if (others) expect(lint(files)).toContainEqual(found);
    else expect(lint(files)).toEqual([found]);
  };

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
