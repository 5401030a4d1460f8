/**
 * Mutations of a content file as an author's slip or an attacker might make them, for the
 * property tests (tests/unit/content-fuzz.test.ts in-process, tests/build/content-fuzz-build.test.ts
 * through whole builds). Mutations are data, so fast-check prints a failing one readably.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';

/**
 * The seed of the property tests: FUZZ_SEED when set (to replay a failure), else one derived from
 * the checked-out commit, so each commit explores new mutations but a run of the same commit
 * (a clean-clone CI run, a replay) tries exactly the same ones and gives the same verdict.
 */
export function fuzzSeed(): number {
  const seed = process.env['FUZZ_SEED'];
  if (seed !== undefined) return Number(seed);
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  return Number.parseInt(head.slice(0, 8), 16) | 0;
}

/** Characters an editor, a paste or an attacker may slip in. */
const INSERTS = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF', // zero-width
  '\u202E',
  '\u202D',
  '\u200F',
  '\u061C',
  'مرحبا',
  'שלום', // right-to-left
  '😀',
  '👩‍🔬',
  '🇯🇵',
  '\u{1F3FD}', // emoji, a ZWJ sequence, a flag, a lone modifier
  '$',
  '$$',
  '$$\n',
  '{',
  '}',
  '\\',
  '\\{',
  '}}',
  '{{',
  '<',
  '>',
  '</',
  '&',
  '&#',
  '`',
  '```\n',
  '---\n',
  '\n',
  '\t',
  '  ',
  '#',
  '## ',
  '|',
  '- ',
  '*',
  '_',
  ':',
  '"',
  "'",
  '\0',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(1)" />',
  '[x](javascript:alert(1))',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<sup>2</sup>',
  '<span>',
  '</span>',
  '<br />',
  '![x](data:image/svg+xml;base64,PHN2Zz4=)',
  '<iframe src="https://x.org"></iframe>',
];

/** One mutation, as data so a failing run prints it (fast-check shows the counterexample). */
type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'indent'; at: number; indent: string; add: boolean }
  | { op: 'insert'; at: number; text: string }
  | { op: 'bytes'; at: number; bytes: number[] };

/** Applies a mutation; positions are naturals wrapped to the text's length. */
export function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const line = m.at % lines.length;
  switch (m.op) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'deleteLine':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 'indent':
      lines[line] = m.add
        ? m.indent + (lines[line] ?? '')
        : (lines[line] ?? '').replace(/^\s{1,4}/, '');
      return lines.join('\n');
    case 'insert': {
      const i = m.at % (text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'bytes': {
      // As the file would read after random bytes were written into it (invalid UTF-8 becomes U+FFFD).
      const buf = Buffer.from(text, 'utf8');
      const i = m.at % (buf.length + 1);
      return Buffer.concat([buf.subarray(0, i), Buffer.from(m.bytes), buf.subarray(i)]).toString(
        'utf8',
      );
    }
  }
}

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('deleteLine' as const), at }),
  fc.record({ op: fc.constant('duplicateLine' as const), at }),
  fc.record({
    op: fc.constant('indent' as const),
    at,
    indent: fc.constantFrom('  ', '    ', '\t', ' '),
    add: fc.boolean(),
  }),
  fc.record({ op: fc.constant('insert' as const), at, text: fc.constantFrom(...INSERTS) }),
  fc.record({
    op: fc.constant('bytes' as const),
    at,
    bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }),
  }),
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });
