/**
 * `npm run build` refuses bad content. Each case copies the real content folder, overlays one
 * author mistake, builds it in isolation (CONTENT_DIR, its own ASTRO_CACHE_DIR and output folder
 * in a temporary directory) through `scripts/build.ts`, and expects a non-zero exit with a message
 * naming the file and the field, section or line, and no output folder left behind.
 *
 * Two kinds of cases:
 * - inline edits below (the first regression cases);
 * - the corpus in `tests/fixtures/bad-content/<case>/case.json`: the mistake, written as changes
 *   to a copy of the real content (so the corpus follows the content as it grows): `edits`
 *   (find, a string or with `"regex": true` a multi-line regular expression, and `replace`, as
 *   String.prototype.replace takes it), `copies` (a file or folder copied to a new name),
 *   `removes` (files deleted), `encode` (a
 *   byte-order mark and/or CRLF line endings), and an optional `content/` folder beside it whose
 *   files replace or join the real ones. Then what the build must report (`messages`, regular
 *   expressions; `notMessages`) or, for `"valid": true` cases, which pages it must produce.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWith } from '../support/content-build';

const root = join(import.meta.dirname, '../..');
const corpus = join(root, 'tests/fixtures/bad-content');
const P1 = 'papers/test-time-adaptation-regression';

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  expect: RegExp[];
}

const cases: Case[] = [
  {
    name: 'a missing frontmatter field',
    file: `${P1}/ja.mdx`,
    edit: (s) => s.replace(/^summary:[\s\S]*?(?=^significance:)/m, ''),
    expect: [/ja\.mdx: summary: the required field "summary" is missing/],
  },
  {
    name: 'an arXiv id of the wrong form',
    file: `${P1}/paper.yaml`,
    edit: (s) => s.replace('arxiv: "2410.03263"', 'arxiv: "arXiv:2410.03263v2"'),
    expect: [/paper\.yaml: arxiv: arxiv must look like "2410\.03263"/],
  },
  {
    name: 'an OpenReview id of the wrong form',
    file: `${P1}/paper.yaml`,
    edit: (s) =>
      s.replace('openreview: SXtl7NRyE5', 'openreview: https://openreview.net/forum?id=SXtl7NRyE5'),
    expect: [/paper\.yaml: openreview: openreview must be the 10-character forum id/],
  },
  {
    name: 'a malformed URL',
    file: `${P1}/paper.yaml`,
    edit: (s) =>
      s.replace(
        'code: https://github.com/kzkadc/regression-tta',
        'code: github.com/kzkadc/regression-tta',
      ),
    expect: [/paper\.yaml: code: code must be a full URL/],
  },
  {
    name: 'a missing section',
    file: `${P1}/en.mdx`,
    edit: (s) => s.replace(/^## Method$/m, '## Approach'),
    expect: [/en\.mdx: section "## Method": the required section "## Method" is missing/],
  },
  {
    name: 'broken KaTeX',
    file: `${P1}/ja.mdx`,
    edit: (s) => s.replace(/^## 手法$/m, '## 手法\n\n$$\n\\frac{1}{\n$$\n'),
    expect: [/ja\.mdx:\d+: this formula cannot be rendered by KaTeX/],
  },
  {
    name: 'an unknown tag',
    file: `${P1}/paper.yaml`,
    edit: (s) => s.replace('tags: [test-time-adaptation', 'tags: [quantum-chemistry'),
    expect: [/paper\.yaml: tags\[1\]: unknown tag "quantum-chemistry"/],
  },
];

interface CorpusCase {
  name: string;
  about: string;
  valid: boolean;
  /** The file (relative to the content folder) the message must name. */
  file?: string;
  /** Regular expressions the build output must match. */
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

/** Applies a corpus case to a copy of the content; a change that no longer applies fails loudly. */
function applyCase(c: CorpusCase, content: string): void {
  for (const { from, to } of c.copies ?? [])
    cpSync(join(content, from), join(content, to), { recursive: true });
  for (const file of c.removes ?? []) rmSync(join(content, file));
  for (const { file, find, regex, replace } of c.edits ?? []) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    const pattern = regex ? new RegExp(find, 'm') : find;
    if (!(typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)))
      throw new Error(
        `${c.name}: "${find}" no longer occurs in content/${file}; update tests/fixtures/bad-content/${c.name}/case.json`,
      );
    writeFileSync(path, text.replace(pattern, replace));
  }
  for (const { file, bom, crlf } of c.encode ?? []) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`);
  }
  const overlay = join(corpus, c.name, 'content');
  if (existsSync(overlay)) cpSync(overlay, content, { recursive: true });
}

const corpusCases: CorpusCase[] = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    ...(JSON.parse(readFileSync(join(corpus, d.name, 'case.json'), 'utf8')) as Omit<
      CorpusCase,
      'name'
    >),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The output is for an author: no markdown emphasis leaking from zod or Astro. */
function expectAuthorMessage(output: string): void {
  expect(output).not.toMatch(/\*\*/);
  expect(output).toMatch(
    /The content has \d+ problems?:|These pages contain formulas KaTeX could not render/,
  );
}

describe('npm run build with bad content', () => {
  test.each(cases)(
    'fails on $name, naming the file and the field',
    ({ file, edit, expect: patterns }) => {
      const { status, output, hasIndex } = buildWith((content) => {
        const path = join(content, file);
        writeFileSync(path, edit(readFileSync(path, 'utf8')));
      });
      expect(status).not.toBe(0);
      for (const pattern of patterns) expect(output).toMatch(pattern);
      expectAuthorMessage(output);
      expect(hasIndex).toBe(false);
    },
  );
});

describe('scripts/build.ts (npm run build) publishes only complete builds', () => {
  test('a failed build removes the earlier output and leaves no staging folder', () => {
    const { status, hasIndex, output, leftovers } = buildWith(
      (content) => {
        const path = join(content, P1, 'paper.yaml');
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^order: .*$/m, 'order: first'));
      },
      [],
      true,
    );
    expect(status).not.toBe(0);
    expect(hasIndex).toBe(false);
    expect(output).toMatch(/build failed: .*previous build there was removed/);
    expect(leftovers).toBe(false);
  });
});

describe('the bad-content corpus (tests/fixtures/bad-content)', () => {
  test('has at least 15 failing cases and a valid one', () => {
    expect(corpusCases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(15);
    expect(corpusCases.some((c) => c.valid)).toBe(true);
  });

  test.each(corpusCases.filter((c) => !c.valid))(
    '$name ($about): the build fails and says where',
    (c) => {
      const { file, messages = [], notMessages = [] } = c;
      const { status, output, hasIndex } = buildWith((content) => applyCase(c, content));
      expect(status, output).not.toBe(0);
      if (file) expect(output).toContain(file);
      for (const m of messages) expect(output).toMatch(new RegExp(m));
      for (const m of notMessages) expect(output).not.toMatch(new RegExp(m));
      expectAuthorMessage(output);
      // No partial site where a host could publish it.
      expect(hasIndex).toBe(false);
    },
  );

  test.each(corpusCases.filter((c) => c.valid))('$name ($about): the build succeeds', (c) => {
    const { pages = [] } = c;
    const {
      status,
      output,
      pages: built,
      leftovers,
    } = buildWith((content) => applyCase(c, content), pages, true);
    expect(status, output).toBe(0);
    expect(leftovers).toBe(false);
    expect(built).toEqual(pages);
  });
});
