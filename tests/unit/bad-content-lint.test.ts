/**
 * The bad-content corpus (tests/fixtures/bad-content) in-process: each failing case, applied to
 * an in-memory copy of the real content, is refused by the content linter with the messages its
 * case.json expects. Seconds instead of a build per case; tests/build/bad-content.test.ts still
 * proves each case end to end through `npm run build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, lintContent } from '../../src/lint';
import { readRealContent } from './support/content';

const corpus = join(import.meta.dirname, '../fixtures/bad-content');

interface CorpusCase {
  name: string;
  valid: boolean;
  file?: string;
  messages?: string[];
  notMessages?: string[];
  edits?: { file: string; find: string; regex?: boolean; replace: string }[];
  copies?: { from: string; to: string }[];
  removes?: string[];
  encode?: { file: string; bom?: boolean; crlf?: boolean }[];
}

/** Every file under `dir`, relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [relative(base, full)];
  });
}

/** Applies a case as tests/build/bad-content.test.ts does, to a map of the content's files. */
function applyCase(c: CorpusCase, files: Map<string, string>): void {
  for (const { from, to } of c.copies ?? []) {
    for (const [path, text] of [...files]) {
      if (path === from) files.set(to, text);
      else if (path.startsWith(`${from}/`)) files.set(`${to}${path.slice(from.length)}`, text);
    }
  }
  for (const file of c.removes ?? []) files.delete(file);
  for (const { file, find, regex, replace } of c.edits ?? []) {
    const text = files.get(file) ?? '';
    files.set(file, text.replace(regex ? new RegExp(find, 'm') : find, replace));
  }
  for (const { file, bom, crlf } of c.encode ?? []) {
    const text = files.get(file) ?? '';
    files.set(file, `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`);
  }
  const overlay = join(corpus, c.name, 'content');
  try {
    for (const rel of walk(overlay)) files.set(rel, readFileSync(join(overlay, rel), 'utf8'));
  } catch {
    // No overlay folder.
  }
}

const cases: CorpusCase[] = readdirSync(corpus)
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(join(corpus, name, 'case.json'), 'utf8')) as Omit<
      CorpusCase,
      'name'
    >),
  }))
  .filter((c) => !c.valid)
  .sort((a, b) => a.name.localeCompare(b.name));

describe('the bad-content corpus, linted in-process', () => {
  test.each(cases)('$name is refused with the expected messages', { timeout: 60_000 }, (c) => {
    const files = readRealContent();
    applyCase(c, files);
    const output = lintContent(files, 'content').map(formatProblem).join('\n');
    expect(output).not.toBe('');
    if (c.file) expect(output).toContain(c.file);
    for (const m of c.messages ?? []) expect(output).toMatch(new RegExp(m));
    for (const m of c.notMessages ?? []) expect(output).not.toMatch(new RegExp(m));
  });
});
