/**
 * The bad-content corpus (tests/fixtures/bad-content, tests/support/bad-content.ts) in-process:
 * each failing case, applied to an in-memory copy of the real content, is refused by the content
 * linter with the messages its case.json expects, and the valid case is accepted. Seconds instead
 * of a build per case; tests/build/bad-content.test.ts builds one case of each kind end to end.
 */
import { describe, expect, test, vi } from 'vitest';
import { applyCase, corpusCases } from '../support/bad-content';
import { get, lineOf, readRealContent } from './support/content';

// Speed: each case pays only for the bodies it changed. The unit tests share workers
// (isolate: false), so the linter is loaded afresh here, with the memoised body checks.
vi.mock('../../src/lint/body', async (importOriginal) =>
  (await import('./support/memoised-body')).memoisedBody(importOriginal),
);
vi.resetModules();
const { formatProblem, lintContent } = await import('../../src/lint');

const lint = (files: Map<string, string>) =>
  lintContent(files, 'content').map(formatProblem).join('\n');

describe('the bad-content corpus, linted in-process', () => {
  test('has at least 15 failing cases and a valid one', () => {
    expect(corpusCases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(15);
    expect(corpusCases.some((c) => c.valid)).toBe(true);
  });

  test.each(corpusCases.filter((c) => !c.valid))(
    '$name is refused with the expected messages',
    { timeout: 60_000 },
    (c) => {
      const files = readRealContent();
      applyCase(c, files);
      const output = lint(files);
      expect(output).not.toBe('');
      if (c.file) expect(output).toContain(c.file);
      if (c.file && c.at)
        expect(output).toContain(`${c.file}:${lineOf(get(files, c.file), c.at)}:`);
      for (const m of c.messages ?? []) expect(output).toMatch(new RegExp(m));
      for (const m of c.notMessages ?? []) expect(output).not.toMatch(new RegExp(m));
    },
  );

  test.each(corpusCases.filter((c) => c.valid))('$name is accepted', { timeout: 60_000 }, (c) => {
    const files = readRealContent();
    applyCase(c, files);
    expect(lint(files)).toBe('');
  });
});
