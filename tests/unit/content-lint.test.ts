/**
 * The content linter (src/lint/): the real content lints clean, and every mistake an
 * author can make in one file of an in-memory copy of it is reported against that file, naming the
 * field or section (and the line, where there is one). Also its parts: folders that lead to the
 * same URL, author wording for zod issues, link and body checks.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Problem } from '../../src/lint';
import { describeValue, parseWith } from '../../src/lint/issues';
import { paperFactsSchema } from '../../src/content/schema';
import {
  LMC,
  PU,
  TTA,
  WAVELET,
  facts,
  frontmatter,
  get,
  lineOf,
  mutate,
  readRealContent,
  realFacts,
  realSlugs,
  splitMdx,
  withEdits,
  type Edit,
} from './support/content';
import { expectProblem, problem, type Expected } from './support/builders';

// Speed: each mutation test pays only for the one body it changed. The unit tests share workers
// (isolate: false), so the linter is loaded afresh here, with the memoised body checks.
vi.mock('../../src/lint/body', async (importOriginal) =>
  (await import('./support/memoised-body')).memoisedBody(importOriginal),
);
vi.resetModules();
const {
  checkInternalLink,
  formatProblem,
  lintContent,
  normaliseSlug,
  normaliseText,
  slugCollisions,
} = await import('../../src/lint');
const { checkBody, parseBody } = await import('../../src/lint/body');

const ROOT = 'content';
const paper = (slug: string, file: string) => `papers/${slug}/${file}`;
const TTA_YAML = paper(TTA, 'paper.yaml');
const TTA_JA = paper(TTA, 'ja.mdx');
const TTA_EN = paper(TTA, 'en.mdx');
const INTRO_JA = 'digest/ja/intro.mdx';
const INTRO_EN = 'digest/en/intro.mdx';

/** Lints the real content with one or more files edited. */
const lintWith = (...edits: [path: string, edit: Edit][]) => lintContent(withEdits(...edits), ROOT);

/** Lints the real content with one file edited; `line` is where `needle` starts in that file. */
function lintAt(path: string, edit: Edit, needle: string) {
  const files = mutate(readRealContent(), path, edit);
  return { problems: lintContent(files, ROOT), line: lineOf(get(files, path), needle) };
}

/** Lints the real content without the given files. */
function lintWithout(...paths: string[]): Problem[] {
  const files = readRealContent();
  for (const path of paths) files.delete(path);
  return lintContent(files, ROOT);
}

/** The first item of a list field. */
const first = (d: Record<string, unknown>, key: string) =>
  (d[key] as Record<string, unknown>[])[0] as Record<string, unknown>;
/** Inserts `snippet` right after the line `heading` of an MDX body. */
const after =
  (heading: string, snippet: string): Edit =>
  (t) => {
    if (!t.includes(`\n${heading}\n`)) throw new Error(`test setup: no "${heading}"`);
    return t.replace(`\n${heading}\n`, () => `\n${heading}\n${snippet}`);
  };
const append =
  (snippet: string): Edit =>
  (t) =>
    `${t.trimEnd()}\n\n${snippet}\n`;

describe('lintContent', () => {
  test('reports no problem for the real content folder', () => {
    const problems = lintContent(readRealContent(), ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // That every file the content needs is in the copy: the clean lint above (a missing one is reported).
  test('the in-memory copy holds the four papers', () => {
    expect(realSlugs()).toEqual(expect.arrayContaining([TTA, WAVELET, LMC, PU]));
    expect(
      realSlugs()
        .map((slug) => realFacts(slug).order)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
  });

  // Each case: one mistake in one file, and the one problem it must cause (on the line where
  // `needle` starts, when given). Mistakes the bad-content corpus covers (bad-content-lint.test.ts)
  // and messages schema.test.ts proves for each schema are not repeated here: a YAML error in
  // paper.yaml, a broken inline formula and a parse error at the line micromark gives only in its
  // message (invalid-yaml-facts, broken-katex-inline, unclosed-jsx: their "at" lines) and a
  // missing section with the list of required ones (missing-section).
  const swapSections: Edit = (t) => {
    const i = t.indexOf('\n## 結果\n');
    const j = t.indexOf('\n## 限界\n');
    return `${t.slice(0, i)}${t.slice(j).trimEnd()}\n${t.slice(i, j)}\n`;
  };
  const swapFirstTwoFormulas: Edit = (t) => {
    const [a = '', b = ''] = [...t.matchAll(/\n\$\$\n[\s\S]*?\n\$\$\n/g)].map((m) => m[0]);
    // Replacer functions: a formula's "$$" would be read as a replacement pattern.
    return t
      .replace(a, () => '\0')
      .replace(b, () => a)
      .replace('\0', () => b);
  };
  test.each<[string, string, Edit, Expected]>([
    // An edition's frontmatter (papers/<slug>/<lang>.mdx)
    [
      'an unknown column in an impact row',
      TTA_JA,
      frontmatter((d) => (first(d, 'impact')['note'] = 'x')),
      { where: 'impact[1].note', message: /"impact\[1\]\.note" is not a field/ },
    ],
    [
      'an empty comparison cell',
      TTA_JA,
      frontmatter((d) => ((d['comparison'] as Record<string, unknown>)['keyIdea'] = '')),
      { where: 'comparison.keyIdea', message: /^comparison\.keyIdea must not be empty$/ },
    ],
    [
      'invalid YAML frontmatter',
      TTA_JA,
      (t) => t.replace(/^(title: .*)$/m, '$1\n  subtitle: oops'),
      { message: /^the frontmatter is not valid YAML: /, needle: '  subtitle: oops' },
    ],
    [
      'a file without frontmatter',
      TTA_EN,
      (t) => splitMdx(t).body,
      { message: /must start with frontmatter/, others: true },
    ],
    // Shared facts (papers/<slug>/paper.yaml); an unknown venue: "reports a missing data file".
    [
      'a year of the wrong type',
      TTA_YAML,
      facts((d) => (d['year'] = '2025')),
      { where: 'year', message: /^year must be a number such as 2025$/ },
    ],
    [
      'an unknown affiliation',
      TTA_YAML,
      facts((d) => (first(d, 'authors')['affiliations'] = ['nowhere-lab'])),
      {
        where: 'authors[1].affiliations',
        message:
          /^unknown affiliation "nowhere-lab"; use a key from content\/data\/affiliations\.yaml/,
      },
    ],
    // The key is written in unconfirmedAffiliations, so that is the field the author must fix.
    [
      'an unknown unconfirmed affiliation',
      TTA_YAML,
      facts((d) => (first(d, 'authors')['unconfirmedAffiliations'] = ['nowhere-lab'])),
      { where: 'authors[1].unconfirmedAffiliations', message: /unknown affiliation "nowhere-lab"/ },
    ],
    // An edition's body; an English section is named with its English heading: missing-section.
    [
      'an empty section, on the line of its heading',
      TTA_JA,
      (t) => t.replace(/\n## 手法\n[\s\S]*?\n## 結果\n/, '\n## 手法\n\n## 結果\n'),
      {
        where: 'section "## 手法"',
        message: /^the section "## 手法" is empty$/,
        needle: '## 手法\n',
        others: true,
      },
    ],
    [
      'a section holding only a sub-heading as empty',
      TTA_EN,
      (t) => t.replace(/\n## Limitations\n[\s\S]*$/, '\n## Limitations\n\n### Later\n'),
      { where: 'section "## Limitations"', message: /is empty/ },
    ],
    [
      'sections out of order',
      TTA_JA,
      swapSections,
      {
        where: 'sections',
        message: /^the sections must come in this order: ## 課題, ## 手法, ## 結果, ## 限界$/,
      },
    ],
    [
      'a level-1 heading in the body',
      TTA_EN,
      after('## Method', '\n# Stray title\n\nText.\n'),
      {
        where: 'heading "# Stray title"',
        message:
          /^use "##" for top-level headings in the body; the page title comes from the frontmatter$/,
        needle: '# Stray title',
        others: true,
      },
    ],
    [
      'an HTML comment (MDX syntax)',
      TTA_EN,
      after('## Limitations', '\n<!-- check the numbers -->\n'),
      { message: /^the MDX body cannot be parsed: /, needle: '<!--' },
    ],
    // Between the two editions
    [
      'display formulas that differ between ja and en',
      TTA_EN,
      after('## Limitations', '\n$$\nE = mc^2\n$$\n'),
      {
        where: 'display formulas',
        message:
          /^the display formulas differ from ja\.mdx \(\d+ in ja\.mdx, \d+ in en\.mdx; 0 only in ja, 1 only in en\)/,
      },
    ],
    [
      'a societal-impact table with a different number of rows than ja.mdx',
      TTA_EN,
      frontmatter((d) => (d['impact'] as unknown[]).pop()),
      {
        where: 'impact',
        message:
          /^the societal-impact table has 3 row\(s\) here and 4 in ja\.mdx; both editions must show the same rows/,
      },
    ],
    [
      'the same formulas in a different order',
      TTA_EN,
      swapFirstTwoFormulas,
      {
        where: 'display formulas',
        message: /; 0 only in ja, 0 only in en\); .*same equations in the same order/,
      },
    ],
    [
      'tables whose "best" hints differ between the editions',
      paper(WAVELET, 'en.mdx'),
      (t) => t.replace('[best: lower]', () => '[best: higher]'),
      {
        where: 'tables',
        message: /"best" hints in order: ja lower, lower, lower, lower, lower; en higher, lower/,
      },
    ],
    // The digest (digest/<lang>/intro.mdx, outlook.mdx, about.mdx); a missing kind gets the same
    // message: schema.test.ts (digestSchema).
    [
      'a wrong kind',
      INTRO_JA,
      frontmatter((d) => (d['kind'] = 'preface')),
      { where: 'kind', message: /^kind must be "intro", "outlook" or "about"$/ },
    ],
    [
      'an empty body',
      'digest/ja/outlook.mdx',
      (t) => `${t.slice(0, t.indexOf('\n---\n') + 5)}\n`,
      { message: /^the body is empty$/ },
    ],
  ])(
    'reports %s',
    expectProblem((files) => lintContent(files, ROOT)),
  );

  // A duplicate arxiv: the corpus case duplicate-arxiv-id.
  test.each(['openreview', 'bibtexKey', 'order'])(
    'reports a duplicate %s across two papers, naming the other file',
    (field) => {
      const files = readRealContent();
      const value = realFacts(TTA)[field as 'arxiv'];
      mutate(
        files,
        paper(WAVELET, 'paper.yaml'),
        facts((d) => (d[field] = value)),
      );
      const problems = lintContent(files, ROOT).filter((p) => p.where === field);
      // One of the two files gets the problem; its message names the other one.
      expect(problems).toHaveLength(1);
      const [p] = problems as [Problem];
      const [mine, other] = p.file.includes(TTA) ? [TTA, WAVELET] : [WAVELET, TTA];
      expect(p.file).toBe(`${ROOT}/${paper(mine, 'paper.yaml')}`);
      expect(p.message).toContain(
        `"${String(value)}" is already used by ${ROOT}/${paper(other, 'paper.yaml')}`,
      );
    },
  );

  const PAPER_FILE =
    /^this file is missing: every paper needs both a Japanese \(ja\.mdx\) and an English \(en\.mdx\) edition$/;
  const HOME_FILE =
    /^this file is missing: the home page of each edition needs intro\.mdx, outlook\.mdx and about\.mdx$/;
  test.each([
    [TTA_EN, PAPER_FILE],
    [paper(WAVELET, 'ja.mdx'), PAPER_FILE],
    ['digest/en/outlook.mdx', HOME_FILE],
    ['digest/ja/about.mdx', HOME_FILE],
  ])('reports a missing %s', (rel, message) => {
    expect(lintWithout(rel)).toEqual([problem(rel, undefined, message)]);
  });

  test('ignores whitespace around a display formula (between the two editions)', () => {
    expect(lintWith([TTA_EN, (t) => t.replace('$$\nR^2 = ', () => '$$\n  R^2 = ')])).toEqual([]);
  });

  describe('in the digest (digest/<lang>/intro.mdx, outlook.mdx, about.mdx)', () => {
    const rows = (d: Record<string, unknown>) => d['impact'] as Record<string, unknown>[];

    test('reports an impact row naming an unknown paper', () => {
      const replaced = String(rows(splitMdx(get(readRealContent(), INTRO_EN)).data)[1]?.['paper']);
      const problems = lintWith([
        INTRO_EN,
        frontmatter((d) => ((rows(d)[1] as Record<string, unknown>)['paper'] = 'no-such-paper')),
      ]);
      expect(problems).toContainEqual(
        problem(
          INTRO_EN,
          'impact[2].paper',
          /^"no-such-paper" is not a paper; use a folder name from content\/papers\/$/,
        ),
      );
      expect(problems).toContainEqual(
        problem(
          INTRO_EN,
          'impact',
          new RegExp(`^the table has no row for the paper "${replaced}"$`),
        ),
      );
    });

    test('reports a paper with two rows', () => {
      const original = rows(splitMdx(get(readRealContent(), INTRO_JA)).data);
      const problems = lintWith([
        INTRO_JA,
        frontmatter((d) => (d['impact'] = [...rows(d), rows(d)[0]])),
      ]);
      expect(problems).toEqual([
        problem(
          INTRO_JA,
          `impact[${original.length + 1}].paper`,
          new RegExp(`^"${String(original[0]?.['paper'])}" has more than one row$`),
        ),
      ]);
    });
  });

  describe('internal links', () => {
    test.each([
      [
        'a section that does not exist',
        INTRO_JA,
        `/papers/${TTA}/#no-such-section`,
        /^the section "#no-such-section" does not exist on that page$/,
      ],
      [
        'a Japanese heading as anchor of the English page',
        INTRO_EN,
        `/en/papers/${TTA}/#手法`,
        /does not exist on that page/,
      ],
      // Instead of throwing.
      [
        'a section with a malformed percent escape',
        INTRO_EN,
        `/en/papers/${TTA}/#100%`,
        /^the section "#100%" is not a valid URL fragment \(check its % escapes\)$/,
      ],
    ])('reports a link to %s, with its line', (_, file, url, message) => {
      const { problems, line } = lintAt(file, append(`See [this](${url}).`), 'See [this](');
      expect(problems).toEqual([problem(file, `link "${url}"`, message, line)]);
    });

    test.each([
      ['a fixed detail anchor', INTRO_JA, `/papers/${TTA}/#method`],
      ['a page-section anchor', INTRO_EN, `/en/papers/${TTA}/#societal-impact`],
      ['an English sub-section anchor', INTRO_EN, `/en/papers/${TTA}/#subspace-detection`],
      ['a Japanese sub-section anchor', INTRO_JA, `/papers/${TTA}/#部分空間の検出`],
      [
        'a percent-encoded Japanese anchor',
        INTRO_JA,
        `/papers/${TTA}/#${encodeURIComponent('部分空間の検出')}`,
      ],
      ['a paper without trailing slash', INTRO_JA, `/papers/${WAVELET}`],
      ['a same-page anchor', TTA_JA, '#limitations'],
      ['an external https:// link', TTA_EN, 'https://github.com/kzkadc/regression-tta'],
    ])('accepts a link to %s', (_, file, url) => {
      expect(lintWith([file, append(`See [this](${url}).`)])).toEqual([]);
    });
  });

  describe('file handling', () => {
    test('keeps line numbers right in a file with a BOM and CRLF line endings', () => {
      const files = readRealContent();
      mutate(files, TTA_JA, after('## 手法', '\n$$\n\\frac{1}{\n$$\n'));
      const line = lineOf(get(files, TTA_JA), '$$\n\\frac{1}{');
      mutate(files, TTA_JA, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
      expect(lintContent(files, ROOT)).toContainEqual(problem(TTA_JA, undefined, /KaTeX/, line));
    });

    test('ignores files under a folder starting with "_" and files named "_x.mdx"', () => {
      const files = readRealContent();
      files.set('papers/_draft/paper.yaml', 'order: nope\n');
      files.set('papers/_draft/ja.mdx', '---\ntitle: [\n---\n<div>\n');
      files.set(`papers/${TTA}/_x.mdx`, '<!-- not MDX -->\n$\\frac{$\n');
      files.set('papers/_x.mdx', '<div>\n');
      files.set('digest/ja/_notes.mdx', '<div>\n');
      files.set('data/_old.yaml', 'a: [\n');
      expect(lintContent(files, ROOT)).toEqual([]);
    });

    test('uses the root it is given in file names', () => {
      const files = readRealContent();
      files.delete(TTA_EN);
      expect(lintContent(files, 'tests/fixtures/x')[0]?.file).toBe(`tests/fixtures/x/${TTA_EN}`);
    });

    test('reports a missing data file', () => {
      const problems = lintWithout('data/venues.yaml');
      expect(problems).toContainEqual(
        problem('data/venues.yaml', undefined, /^this file is missing$/),
      );
      expect(problems).toContainEqual(problem(TTA_YAML, 'venue', /unknown venue "iclr-2025"/));
    });

    test('reports a bad entry in a data file with its key', () => {
      const problems = lintWith([
        'data/affiliations.yaml',
        (t) => t.replace('ynu: { ja: 横浜国立大学,', 'ynu: { ja: "",'),
      ]);
      expect(problems).toContainEqual(
        problem('data/affiliations.yaml', 'ynu.ja', /^ja must not be empty$/),
      );
    });
  });
});

describe('normaliseText', () => {
  test.each([
    ['\uFEFFa\r\nb', 'a\nb'],
    ['a\rb\r\n', 'a\nb\n'],
    ['a\nb', 'a\nb'],
    ['x\uFEFF', 'x\uFEFF'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

// A link to a missing paper, or to a missing section of the same page: the corpus cases
// broken-internal-link and broken-section-anchor.
describe('checkInternalLink', () => {
  const slugs = ['a-paper', 'b-paper'];
  const anchors = new Map([
    ['ja:a-paper', new Set(['summary', 'method', '部分空間'])],
    ['en:a-paper', new Set(['summary', 'method', 'subspace'])],
  ]);
  test.each<[string, string, string | null | RegExp]>([
    ['/papers/a-paper/', 'content/digest/ja/intro.mdx', null],
    ['/en/papers/a-paper/#subspace', 'content/digest/ja/intro.mdx', null],
    ['/papers/a-paper/#subspace', 'content/digest/en/intro.mdx', /does not exist/],
    ['#部分空間', 'content/papers/a-paper/ja.mdx', null],
    ['#subspace', 'content/papers/a-paper/en.mdx', null],
    ['/', 'content/digest/ja/intro.mdx', null],
    ['/en/', 'content/digest/ja/intro.mdx', null],
    ['/search/', 'content/digest/ja/intro.mdx', null],
    ['/papers/', 'content/digest/ja/intro.mdx', /does not lead to a page/],
    ['mailto:someone@example.org', 'content/digest/ja/intro.mdx', null],
    ['http://example.org', 'content/digest/ja/intro.mdx', /use https/],
  ])('checks %s from %s', (url, file, expected) => {
    const result = checkInternalLink(url, file, slugs, anchors);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});

describe('formatProblem', () => {
  test.each([
    [
      { file: 'content/a.mdx', line: 3, where: 'summary', message: 'm' },
      'content/a.mdx:3: summary: m',
    ],
    [{ file: 'content/a.mdx', message: 'm' }, 'content/a.mdx: m'],
    [{ file: 'content/a.mdx', where: 'tags[2]', message: 'm' }, 'content/a.mdx: tags[2]: m'],
    [{ file: 'content/a.mdx', line: 9, message: 'm' }, 'content/a.mdx:9: m'],
  ])('formats %j', (p, expected) => {
    expect(formatProblem(p)).toBe(expected);
  });
});

// A folder differing only in case, reported once with both folders and the URL: the corpus case
// duplicate-slug-case.
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
});

// A list written as text ("tags must be a list, such as [first, second] …, not the text …", with
// no zod "Invalid input"): the corpus case wrong-type-list.
describe('parseWith and describeValue', () => {
  test.each([
    [null, 'empty'],
    [[1], 'a list'],
    [{ a: 1 }, 'a group of fields'],
    ['x', 'the text "x"'],
    [3, 'the number 3'],
  ])('describeValue(%j) = %s', (value, text) => expect(describeValue(value)).toBe(text));

  test('numbers list items from 1 and applies the prefix', () => {
    const data = {
      authors: [
        { name: 'A', affiliations: ['ok'] },
        { name: '', affiliations: ['ok'] },
      ],
    };
    const problems: Problem[] = [];
    expect(parseWith(paperFactsSchema.pick({ authors: true }), 'f', data, problems, 'x.')).toBe(
      undefined,
    );
    expect(problems).toEqual([
      { file: 'f', where: 'x.authors[2].name', message: 'author name must not be empty' },
    ]);
  });
});

describe('checkBody', () => {
  test('reports each table with the "best" hint of its caption line', () => {
    const body =
      'Table: Perplexity [best: lower]\n\n| m | a |\n| - | - |\n| x | 1 |\n\n| m | b |\n| - | - |\n| y | 2 |\n';
    const report = checkBody('f', body, 'en', []);
    expect(report.problems).toEqual([]);
    expect(report.tables).toEqual([
      {
        best: 'lower',
        line: 3,
        cells: { number: 1, head: ['m', 'a'], rows: [['x', '1']], line: 3 },
      },
      {
        best: 'none',
        line: 7,
        cells: { number: 2, head: ['m', 'b'], rows: [['y', '2']], line: 7 },
      },
    ]);
  });

  test.each([
    [
      'a caption line without text',
      'Table: [best: lower]\n\n| m | a |\n| - | - |\n| x | 1 |\n',
      /has no text/,
    ],
    [
      'a caption line with no table after it',
      'Table: Perplexity\n\nJust prose.\n',
      /must come directly before its table/,
    ],
  ])('reports %s on line 1', (_, body, message) => {
    expect(checkBody('f', body, 'en', []).problems).toContainEqual(
      expect.objectContaining({ file: 'f', line: 1, message: expect.stringMatching(message) }),
    );
  });

  test('counts a section holding only a display formula as not empty', () => {
    const body = '## A\n\n$$\nx\n$$\n\n## B\n\nb\n';
    expect(checkBody('f', body, 'en', ['A', 'B']).problems).toEqual([]);
  });

  // An expression in prose, reported with its line: mdx-body.test.ts ("an expression").
  test('MDX comments and braces inside math are fine', () => {
    const body = '## A\n\n{/* a note */}\n\nThe set $\\{x_i\\}$ and $\n\\{a\\}\n$\n\n## B\n\nb\n';
    expect(checkBody('f.mdx', body, 'en', ['A', 'B']).problems).toEqual([]);
  });

  // No follow-on formula mismatch after a body that cannot be parsed: the corpus case unclosed-jsx.
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
});
