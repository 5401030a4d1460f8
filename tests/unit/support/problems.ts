/**
 * A matcher for one problem of the content linter (src/lint): the file, named relative to the
 * content folder, and where, message and line when given (a RegExp `where` matches the field).
 * (Not a test file: the `unit` project only collects `*.test.ts`.)
 */
import { expect } from 'vitest';
import type { Problem } from '../../../src/lint';

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
