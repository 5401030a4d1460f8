/**
 * Linter rules added for the bad-content corpus (tests/fixtures/bad-content): folders that lead
 * to the same URL, author wording for wrong types and empty values, MDX expressions in prose, the
 * line of an MDX syntax error, and no follow-on noise after a body that cannot be parsed.
 */
import { describe, expect, test } from 'vitest';
import { paperFactsSchema } from '../../src/content/schema';
import { lintContent, normaliseSlug, slugCollisions } from '../../src/lint';
import { checkBody, parseBody } from '../../src/lint/body';
import { describeValue, parseWith, type Problem } from '../../src/lint/issues';
import { mutate, readRealContent } from './support/content';
import { problem } from './support/builders';

const PU = 'papers/pu-diffusion-models';
const SECTIONS = ['Problem', 'Method', 'Results', 'Limitations'];
const body = (extra: string) =>
  SECTIONS.map((s) => `## ${s}\n\nText.\n`)
    .join('\n')
    .replace('## Results\n\nText.\n', `## Results\n\n${extra}\n`);

describe('normaliseSlug and slugCollisions', () => {
  test.each([
    ['pu-diffusion-models', 'pu-diffusion-models'],
    ['PU-Diffusion-Models', 'pu-diffusion-models'],
    ['pu_diffusion_models', 'pu-diffusion-models'],
    ['pu diffusion.models-', 'pu-diffusion-models'],
    ['ＰＵ-models', 'pu-models'],
  ])('%s -> %s', (name, slug) => expect(normaliseSlug(name)).toBe(slug));

  test('maps the odd folder to the well-formed one, whatever the order', () => {
    expect(slugCollisions(['PU-Models', 'pu-models', 'other'])).toEqual(
      new Map([['PU-Models', 'pu-models']]),
    );
    expect(slugCollisions(['pu_models', 'pu-models'])).toEqual(
      new Map([['pu_models', 'pu-models']]),
    );
    expect(slugCollisions(['a', 'b'])).toEqual(new Map());
  });

  test('lintContent reports a folder differing only in case once, naming both folders', () => {
    const files = readRealContent();
    for (const f of ['paper.yaml', 'ja.mdx', 'en.mdx'])
      files.set(`papers/PU-Diffusion-Models/${f}`, files.get(`${PU}/${f}`) as string);
    const problems = lintContent(files, 'content');
    expect(problems).toEqual([
      problem(
        'papers/PU-Diffusion-Models',
        undefined,
        /same URL as content\/papers\/pu-diffusion-models \(\/papers\/pu-diffusion-models\/\)/,
      ),
    ]);
  });
});

describe('author wording for zod issues', () => {
  test('a list written as text says it must be a list', () => {
    const problems: Problem[] = [];
    expect(parseWith(paperFactsSchema.pick({ tags: true }), 'f', { tags: 'a, b' }, problems)).toBe(
      undefined,
    );
    const [p] = problems;
    expect(p?.where).toBe('tags');
    expect(p?.message).toMatch(
      /^tags must be a list, such as \[first, second\].*not the text "a, b"$/,
    );
    expect(p?.message).not.toMatch(/Invalid input/);
  });

  test.each([
    [null, 'empty'],
    [[1], 'a list'],
    [{ a: 1 }, 'a group of fields'],
    ['x', 'the text "x"'],
    [3, 'the number 3'],
  ])('describeValue(%j) = %s', (value, text) => expect(describeValue(value)).toBe(text));
});

describe('MDX bodies', () => {
  // An expression in prose, reported with its line: mdx-body.test.ts ("an expression").
  test('MDX comments and braces inside math are fine', () => {
    const report = checkBody(
      'f.mdx',
      body('{/* a note */}\n\nThe set $\\{x_i\\}$ and $$\n\\{a\\}\n$$'),
      'en',
      SECTIONS,
    );
    expect(report.problems).toEqual([]);
  });

  test('a parse error names the file and carries its line even when only the message has it', () => {
    const { problem } = parseBody('f.mdx', 'Text.\n\n<aside>\n\nMore.\n');
    expect(problem).toEqual(
      expect.objectContaining({
        file: 'f.mdx',
        line: 3,
        message: expect.stringMatching(/cannot be parsed: .*aside/),
      }),
    );
  });

  test('an unparsable body reports no follow-on formula mismatch', () => {
    const files = mutate(readRealContent(), `${PU}/en.mdx`, (s) =>
      s.replace('## Results', '<aside>\n\n## Results'),
    );
    const problems = lintContent(files, 'content');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual(
      expect.objectContaining({ file: `content/${PU}/en.mdx`, line: expect.any(Number) }),
    );
  });
});
