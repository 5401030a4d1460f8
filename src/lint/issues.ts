/**
 * Turns what is wrong with a content file into sentences an author can act on: which file and
 * field, what is wrong (YAML that does not parse, zod issues, markup in a text field).
 */
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { REQUIRED_HINTS } from '../content/schema';
import { checkPlainText, stringsOf } from './markup';

/** One problem in one content file. */
export interface Problem {
  /** Path relative to the project root, e.g. "content/papers/x/ja.mdx". */
  file: string;
  /** The field or section, e.g. "authors[2].name" or "section ## 手法"; absent for whole-file problems. */
  where?: string | undefined;
  /** Line number in the file, when known. */
  line?: number | undefined;
  message: string;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number'
        ? `${acc}[${part + 1}]`
        : acc
          ? `${acc}.${String(part)}`
          : String(part),
    '',
  );
}

/** The kinds of value zod expects, in author words. */
const EXPECTED: Record<string, string> = {
  array: 'a list, such as [first, second] or one "- item" per line',
  object: 'a group of fields (key: value lines indented under it)',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** A value as an author sees it in YAML. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the value ${typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : typeof value}`;
}

/**
 * `data` parsed with `schema`, or undefined after adding each zod issue to `problems` as a
 * sentence for the author of `file` (fields named after `prefix`). A missing field says so
 * plainly; an unknown field names itself (shared facts such as authors belong in paper.yaml, not
 * in an edition's prose).
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  file: string,
  data: unknown,
  problems: Problem[],
  prefix = '',
): z.infer<S> | undefined {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { path, input: value } = issue;
    const where = `${prefix}${fieldName(path)}`;
    const say = (message: string, field = where) =>
      problems.push({ file, where: field || undefined, message });
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const field = `${where ? `${where}.` : ''}${k}`;
        say(
          `"${field}" is not a field of this file; check its spelling against the content guide`,
          field,
        );
      }
    } else if (issue.code === 'invalid_type' && path.length > 0 && value === undefined) {
      const hint = REQUIRED_HINTS[where.slice(prefix.length)];
      say(`the required field "${where}" is missing${hint ? `: ${hint}` : ''}`);
    } else if (issue.code === 'invalid_type' && path.length > 0 && value === null) {
      say(`the field "${where}" is empty; write its value after the colon`);
    } else if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) {
      // zod's default wording ("Invalid input: expected array, received string") is for developers.
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      say(`${where || 'the file'} must be ${expected}, not ${describeValue(value)}`);
    } else {
      say(issue.message);
    }
  }
  return undefined;
}

/** A YAML syntax error of `file` (`what`: the file or its frontmatter), at its line. */
function yamlError(file: string, error: unknown, what: string): Problem {
  const e = error as { mark?: { line?: number }; reason?: string; message?: string };
  return {
    file,
    line: e.mark?.line === undefined ? undefined : e.mark.line + 1,
    message: `${what} is not valid YAML: ${e.reason ?? e.message ?? String(error)}`,
  };
}

/**
 * Where a string of a YAML file or frontmatter is written in the file's `text`: the first place
 * at or after offset `from` that holds `needle` (its first words as written), else the start of
 * the first line from `from`'s on that `fallback` accepts. Its line (1-based) and the offset
 * after it, where the search for the next string may start; undefined when neither is found.
 */
export function findWritten(
  text: string,
  needle: string | undefined,
  from = 0,
  fallback?: (line: string) => boolean,
): { line: number; end: number } | undefined {
  let at = needle === undefined ? -1 : text.indexOf(needle, from);
  let end = at + (needle?.length ?? 0);
  if (at < 0 && fallback) {
    const first = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
    const lines = text.slice(first).split('\n');
    const i = lines.findIndex(fallback);
    if (i >= 0) at = end = first + lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0);
  }
  return at < 0 ? undefined : { line: text.slice(0, at).split('\n').length, end };
}

/**
 * The HTML policy over every string of a YAML file or frontmatter (`text` is the whole file, to
 * find the line): text fields are plain text and never carry markup or script URLs.
 */
function lintStrings(file: string, text: string, data: unknown): Problem[] {
  return [...stringsOf(data)].flatMap(({ where, value }) => {
    const found = checkPlainText(value);
    if (!found) return [];
    // The string's own line when its first words are written out on one; else the first with markup.
    const head = value.trim().split('\n')[0]?.slice(0, 40) || undefined;
    return {
      file,
      line: findWritten(text, head, 0, (l) => checkPlainText(l) !== null)?.line,
      where: where || undefined,
      message: `found ${found}: text fields are plain text, and content may never carry markup that runs or a script or data URL`,
    };
  });
}

/** A content file as read: its text, its YAML data or frontmatter, and an MDX file's body. */
export interface ReadFile {
  file: string;
  text: string;
  data: unknown;
  body: string;
}

/** Parsed YAML that maps keys to values (not a list, a scalar or nothing). */
export const isMap = (data: unknown): data is Record<string, unknown> =>
  data !== null && typeof data === 'object' && !Array.isArray(data);

/**
 * Reads `rel` of the content files (`root/rel` in messages): a YAML file, or an MDX file's
 * frontmatter and body. Reports its absence when `missing` says why it is needed, YAML that does
 * not parse, an MDX file without frontmatter, a top level that fails `shape` (its test and
 * message; nothing else is then reported) and, unless `strings` is false, markup in its strings.
 * Undefined when the file is missing or unusable.
 */
export function readContentFile<T = unknown>(
  files: ReadonlyMap<string, string>,
  rel: string,
  root: string,
  problems: Problem[],
  options: {
    missing?: string;
    strings?: boolean;
    shape?: [test: (data: unknown) => data is T, message: string];
  } = {},
): (ReadFile & { data: T }) | undefined {
  const file = `${root}/${rel}`;
  const text = files.get(rel);
  if (text === undefined) {
    if (options.missing !== undefined)
      problems.push({ file, message: `this file is missing${options.missing}` });
    return undefined;
  }
  const mdx = rel.endsWith('.mdx');
  let read: ReadFile & { data: T };
  try {
    if (mdx) {
      const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text, {
        frontmatter: 'empty-with-lines',
      });
      if (!rawFrontmatter)
        problems.push({
          file,
          message: 'the file must start with frontmatter between two "---" lines',
        });
      read = { file, text, data: frontmatter as T, body: content };
    } else read = { file, text, data: yaml.load(text) as T, body: '' };
  } catch (error) {
    problems.push(yamlError(file, error, mdx ? 'the frontmatter' : 'the file'));
    return undefined;
  }
  if (options.shape && !options.shape[0](read.data)) {
    problems.push({ file, message: options.shape[1] });
    return undefined;
  }
  if (options.strings !== false) problems.push(...lintStrings(file, text, read.data));
  return read;
}

/** Reports problems of `file` into `problems`: `say(where, message, line)`. */
export const reporter =
  (problems: Problem[], file: string) =>
  (where: string | undefined, message: string, line?: number) => {
    problems.push({ file, where, line, message });
  };

/** One line per problem: `file:line: field "x": message`. */
export function formatProblem(p: Problem): string {
  const loc = p.line ? `${p.file}:${p.line}` : p.file;
  return `${loc}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}
