/**
 * The bad-content corpus (tests/fixtures/bad-content/<case>/case.json): one author mistake per
 * case, written as changes to a copy of the real content, so the corpus follows the content as it
 * grows: `edits` (find, a string or with `"regex": true` a multi-line regular expression, and
 * `replace`, as String.prototype.replace takes it), `copies` (a file or folder copied to a new
 * name), `removes` (files deleted), `encode` (a byte-order mark and/or CRLF line endings), and an
 * optional `content/` folder beside it whose files replace or join the real ones. Then what the
 * linter must report (`messages`, regular expressions; `notMessages`; `at`, the text whose line
 * it names) or, for `"valid": true` cases, which pages a build must produce.
 *
 * Every case is linted in-process by tests/unit/bad-content-lint.test.ts; a few are built end to
 * end by tests/build/bad-content.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const corpus = join(import.meta.dirname, '../fixtures/bad-content');

export interface CorpusCase {
  name: string;
  about: string;
  valid: boolean;
  /** The file (relative to the content folder) the message must name. */
  file?: string;
  /** A text of `file` as edited: the message must name `file` with the line where it starts. */
  at?: string;
  /** Regular expressions the linter's (and the build's) output must match. */
  messages?: string[];
  /** Regular expressions it must not match (follow-on noise). */
  notMessages?: string[];
  /** Pages (relative to the output folder) a valid case must produce. */
  pages?: string[];
  edits?: { file: string; find: string; regex?: boolean; replace: string }[];
  copies?: { from: string; to: string }[];
  removes?: string[];
  encode?: { file: string; bom?: boolean; crlf?: boolean }[];
}

/** Every case of the corpus, sorted by name. */
export const corpusCases: CorpusCase[] = readdirSync(corpus)
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(join(corpus, name, 'case.json'), 'utf8')) as Omit<
      CorpusCase,
      'name'
    >),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** One case by name. */
export function corpusCase(name: string): CorpusCase {
  const c = corpusCases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name} in tests/fixtures/bad-content`);
  return c;
}

/** Every file under `dir` (none when it does not exist), relative to it, with "/" separators. */
const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    : [];

/**
 * Applies a case to a map of the content's files (path relative to the content folder → text);
 * a change that no longer applies fails loudly.
 */
export function applyCase(c: CorpusCase, files: Map<string, string>): void {
  for (const { from, to } of c.copies ?? [])
    for (const [path, text] of [...files]) {
      if (path === from) files.set(to, text);
      else if (path.startsWith(`${from}/`)) files.set(`${to}${path.slice(from.length)}`, text);
    }
  for (const file of c.removes ?? []) files.delete(file);
  for (const { file, find, regex, replace } of c.edits ?? []) {
    const text = files.get(file) ?? '';
    const pattern = regex ? new RegExp(find, 'm') : find;
    if (!(typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)))
      throw new Error(
        `${c.name}: "${find}" no longer occurs in content/${file}; update tests/fixtures/bad-content/${c.name}/case.json`,
      );
    files.set(file, text.replace(pattern, replace));
  }
  for (const { file, bom, crlf } of c.encode ?? []) {
    const text = files.get(file) ?? '';
    files.set(file, `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`);
  }
  const overlay = join(corpus, c.name, 'content');
  for (const rel of walk(overlay)) files.set(rel, readFileSync(join(overlay, rel), 'utf8'));
}

/**
 * Applies a case to a content folder on disk (a copy of the real one): its text files are read,
 * changed by `applyCase` and written back (overlay files are copied as UTF-8 text).
 */
export function applyCaseToFolder(c: CorpusCase, dir: string): void {
  const before = new Map(
    walk(dir)
      .filter((p) => /\.(mdx|ya?ml|csv|json)$/.test(p))
      .map((p) => [p, readFileSync(join(dir, p), 'utf8')] as const),
  );
  const after = new Map(before);
  applyCase(c, after);
  for (const path of before.keys()) if (!after.has(path)) rmSync(join(dir, path));
  for (const [path, text] of after)
    if (before.get(path) !== text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
}
