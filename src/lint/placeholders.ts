/**
 * Placeholders left from the template (`npm run new-paper`, scripts/new-paper.ts): every `TODO`
 * in a value of a YAML file or an MDX file's frontmatter, or in an MDX body, is a problem with
 * file, line and field, and the build fails until none is left. While a file still has
 * placeholders, the other rules' complaints about those same fields (a `TODO` is not a number,
 * a tag or a date) are left out, so the message lists the placeholders and what else is wrong.
 */
import { findWritten, readContentFile, type Problem } from './issues';
import { stringsOf } from './markup';

/** A placeholder: the word TODO in capitals. */
const TODO_RE = /\bTODO\b/;

/** The first words of a placeholder as they appear in the file (up to a quote, escape or line end). */
const snippetOf = (value: string) => {
  const at = value.search(TODO_RE);
  return /^[^"'\\\n]{1,40}/.exec(value.slice(at))?.[0] ?? 'TODO';
};

/** A placeholder as the message quotes it: its line, shortened. */
const shown = (value: string) => {
  const line = value.slice(value.search(TODO_RE)).split('\n')[0]?.trim() ?? 'TODO';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * The placeholders among the values of `data`, parsed from `text`: each found at the first place
 * after the previous one that holds its first words, outside comments.
 */
function valuePlaceholders(file: string, data: unknown, text: string): Problem[] {
  const out: Problem[] = [];
  // Comments blanked out (same length, so offsets keep their lines).
  const plain = text.replace(/(^|[ \t])#[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
  let cursor = 0;
  for (const { where, value } of stringsOf(data)) {
    if (!TODO_RE.test(value)) continue;
    const snippet = snippetOf(value);
    const found = findWritten(plain, snippet, cursor) ?? findWritten(plain, snippet);
    if (found) cursor = found.end;
    out.push({
      file,
      line: found?.line,
      where: where || undefined,
      message: `"${shown(value)}" is a placeholder from the template: replace it with this field's value`,
    });
  }
  return out;
}

/** The placeholders of one content file (`text`, already normalised); [] for other kinds of file. */
export function findPlaceholders(file: string, text: string): Problem[] {
  if (!TODO_RE.test(text) || !/\.(?:ya?ml|mdx)$/.test(file)) return [];
  // Read as the linter reads the file; its errors are the linter's to report.
  const read = readContentFile(new Map([[file, text]]), file, '', [], { strings: false });
  if (!read) return [];
  if (!file.endsWith('.mdx')) return valuePlaceholders(file, read.data, text);
  const lines = text.split('\n');
  // The index of the body's first line: after the closing "---" of the frontmatter, if any.
  const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const out = valuePlaceholders(file, read.data, lines.slice(0, bodyStart).join('\n'));
  let section: string | undefined;
  lines.forEach((line, i) => {
    if (i < bodyStart) return;
    const heading = /^(#{2,6})\s+(.+?)\s*$/.exec(line);
    if (heading) section = `section ${heading[1] ?? ''} ${heading[2] ?? ''}`;
    if (!TODO_RE.test(line)) return;
    out.push({
      file,
      line: i + 1,
      where: section ?? 'body',
      message: `"${shown(line)}" is a placeholder from the template: write this part of the body`,
    });
  });
  return out;
}

/** Whether two field paths name the same field or one lies inside the other ("tags" and "tags[1]"). */
const overlaps = (a: string, b: string) =>
  a === b ||
  [`${a}.`, `${a}[`].some((p) => b.startsWith(p)) ||
  [`${b}.`, `${b}[`].some((p) => a.startsWith(p));

/**
 * `problems` without the ones a placeholder already explains: the same file and the same field,
 * or one inside the other (a problem on a line that merely holds a TODO stays: an MDX syntax error
 * there is the author's to fix).
 */
export function withoutPlaceholderNoise(
  problems: readonly Problem[],
  placeholders: readonly Problem[],
): Problem[] {
  return problems.filter(
    (p) =>
      !placeholders.some(
        (t) =>
          t.file === p.file &&
          p.where !== undefined &&
          t.where !== undefined &&
          !t.where.startsWith('section ') &&
          t.where !== 'body' &&
          overlaps(p.where, t.where),
      ),
  );
}
