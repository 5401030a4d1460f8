/**
 * The content linter requires the comparison-table row in every paper edition. (That the real
 * content has one in every edition: content-lint.test.ts, "reports no problem for the real
 * content folder".)
 */
import { describe, expect, test } from 'vitest';
import { lintContent } from '../../src/lint';
import { mutate, readRealContent } from './support/content';

const FILE = 'papers/pu-diffusion-models/en.mdx';

describe('comparison rows', () => {
  test.each([
    [
      'a missing row is reported against the file',
      /^comparison:\n(?: {2}.*\n)+/m,
      '',
      'comparison',
      /required field "comparison" is missing/,
    ],
    [
      'an empty cell is reported with its field name',
      /^ {2}keyIdea: .*$/m,
      '  keyIdea: ""',
      'comparison.keyIdea',
      /^comparison\.keyIdea must not be empty$/,
    ],
  ])('%s', (_, from, to, where, message) => {
    const files = mutate(readRealContent(), FILE, (t) => t.replace(from, to));
    expect(lintContent(files)).toContainEqual(
      expect.objectContaining({
        file: `content/${FILE}`,
        where,
        message: expect.stringMatching(message),
      }),
    );
  });
});
