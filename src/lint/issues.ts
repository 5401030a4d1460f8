/**
 * Turns zod issues into sentences an author can act on: which field, what is wrong.
 */
import type { z } from 'astro/zod';
import { REQUIRED_HINTS } from '../content/schema';

/** One problem in one content file. */
export interface Problem {
  /** Path relative to the project root, e.g. "content/papers/x/ja.mdx". */
  file: string;
  /** The field or section, e.g. "authors[2].name" or "section ## 手法"; absent for whole-file problems. */
  where?: string;
  /** Line number in the file, when known. */
  line?: number;
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
      problems.push({ file, ...(field ? { where: field } : {}), message });
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
export function yamlError(file: string, error: unknown, what: string): Problem {
  const e = error as { mark?: { line?: number }; reason?: string; message?: string };
  return {
    file,
    ...(e.mark?.line !== undefined ? { line: e.mark.line + 1 } : {}),
    message: `${what} is not valid YAML: ${e.reason ?? e.message ?? String(error)}`,
  };
}

/** One line per problem: `file:line: field "x": message`. */
export function formatProblem(p: Problem): string {
  const loc = p.line ? `${p.file}:${p.line}` : p.file;
  return `${loc}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}
