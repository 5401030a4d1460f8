/**
 * Issue 14's "keep it true" rules (src/lint/provenance.ts, wired into lintContent): each
 * paper page has a Sources list and a last-checked date, every societal-impact table carries its
 * label, the seed report's key terms appear on their paper's page, the editions' home tables have
 * the same rows and columns, and the corrections log is well formed. Each rule is shown failing on
 * an in-memory copy of the real content with one mistake. Also the pure views the pages and the
 * feeds use (Sources list, dates, corrections).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { lintContent, type Problem } from '../../src/lint';
import { checkHomeTables, missingTerms } from '../../src/lint/provenance';
import {
  correctionItems,
  correctionsFor,
  formatDay,
  sourceItems,
} from '../../src/content/views/provenance';
import { correctionFeedItems } from '../../src/content/views/feeds';
import type { Correction } from '../../src/content/schema';
import {
  LMC,
  PU,
  TTA,
  WAVELET,
  facts,
  frontmatter,
  get,
  readRealContent,
  realFacts,
  splitMdx,
  withEdits,
  type Edit,
} from './support/content';
import { expectProblem, impactRow, problem, type Expected } from './support/builders';

const ROOT = 'content';
const yamlOf = (slug: string) => `papers/${slug}/paper.yaml`;
const mdxOf = (slug: string, lang: 'ja' | 'en') => `papers/${slug}/${lang}.mdx`;
const INTRO_EN = 'digest/en/intro.mdx';
const lintWith = (...edits: [path: string, edit: Edit][]) => lintContent(withEdits(...edits), ROOT);
const sources = (d: Record<string, unknown>) => d['sources'] as Record<string, unknown>[];

/** The seed report's key terms for each paper (see the fixture). */
const SEED_TERMS = yaml.load(
  readFileSync(new URL('../fixtures/seed-terms.yaml', import.meta.url), 'utf8'),
) as Record<string, { ja: string[]; en: string[] }>;

const FILE = 'corrections.yaml';
type Entry = Record<string, unknown>;
const realLog = () => yaml.load(get(readRealContent(), FILE)) as Entry[];
const entry = (d: Entry[], id: string) => {
  const e = d.find((x) => x['id'] === id);
  if (!e) throw new Error(`test setup: no correction ${id}`);
  return e;
};
/** The 1-based place of a correction in the real log. */
const index = (id: string) => realLog().findIndex((x) => x['id'] === id) + 1;
/** An edit of one correction of the log. */
const logEntry = (id: string, edit: (e: Entry) => void): Edit =>
  facts((d) => edit(entry(d as unknown as Entry[], id)));
/** An edit replacing the quotes of one correction. */
const quotes = (id: string, list: unknown[]) => logEntry(id, (e) => (e['quotes'] = list));
const points = (d: Record<string, unknown>) => d['keyPoints'] as string[];

// Each case: one mistake in one file, and the one problem it must cause. A missing lastChecked,
// sources (and no stray "lacks" problem), paper impactLabel and a key term gone from a page, a home
// label without "本ダイジェスト", home rows in another order and a correction naming an unknown
// paper: the corpus cases missing-last-checked, missing-sources, missing-impact-label,
// seed-term-missing, home-impact-label-not-digest, home-table-rows-differ and
// correction-unknown-paper (bad-content-lint.test.ts).
test.each<[string, string, Edit, Expected]>([
  // A missing (or empty: sources) field, saying what it is for.
  ...(
    [
      [yamlOf(PU), 'seedTerms', facts((d) => delete d['seedTerms'])],
      [yamlOf(LMC), 'sources', facts((d) => (d['sources'] = []))],
      [INTRO_EN, 'impactLabel', frontmatter((d) => delete d['impactLabel'])],
    ] as const
  ).map(([file, field, edit]): [string, string, Edit, Expected] => [
    `a missing ${field} in ${file}`,
    file,
    edit,
    { where: field, message: new RegExp(`^the required field "${field}" is missing: \\S`) },
  ]),
  // Sources list and last-checked date (paper.yaml)
  [
    'a last-checked date that is not a day',
    yamlOf(TTA),
    facts((d) => (d['lastChecked'] = '30 Nov 2026')),
    { where: 'lastChecked', message: /lastChecked must be a date written "YYYY-MM-DD"/ },
  ],
  ...(
    [
      [
        'arxiv',
        TTA,
        /lacks the arXiv abstract \(kind: arxiv, url: https:\/\/arxiv\.org\/abs\/2410\.03263\)/,
      ],
      [
        'openreview',
        PU,
        /lacks the OpenReview forum \(kind: openreview, url: https:\/\/openreview\.net\/forum\?id=jKcZ4hF4s5\)/,
      ],
      [
        'code',
        PU,
        /lacks the official code \(kind: code, url: https:\/\/github\.com\/takahashihiroshi\/pudm\)/,
      ],
      ['ntt', LMC, /lacks NTT's announcement \(kind: ntt\)/],
    ] as const
  ).map(([kind, slug, message]): [string, string, Edit, Expected] => [
    `a Sources list without its ${kind} entry`,
    yamlOf(slug),
    facts((d) => (d['sources'] = sources(d).filter((s) => s['kind'] !== kind))),
    { where: 'sources', message },
  ]),
  [
    'a source with neither an address nor a note saying why',
    yamlOf(LMC),
    facts((d) =>
      sources(d).push({
        kind: 'third-party',
        title: { ja: '第三者のページ', en: 'A third-party page' },
      }),
    ),
    {
      where: `sources[${realFacts(LMC).sources.length + 1}]`,
      message: /a source without a url needs a note/,
    },
  ],
  // The label on a paper's societal-impact table
  [
    "a label that does not say the assessment is the digest's own",
    mdxOf(LMC, 'en'),
    frontmatter((d) => (d['impactLabel'] = 'Impacts on society.')),
    { where: 'impactLabel', message: /should contain "digest"/ },
  ],
  // 3つの要点 / Key points (keyPoints): exactly three in each edition, so both have as many.
  [
    'an edition without key points',
    mdxOf(TTA, 'en'),
    frontmatter((d) => delete d['keyPoints']),
    { where: 'keyPoints', message: /the required field "keyPoints" is missing/ },
  ],
  [
    'an empty list of key points',
    mdxOf(TTA, 'ja'),
    frontmatter((d) => (d['keyPoints'] = [])),
    { where: 'keyPoints', message: /"keyPoints" is empty: give exactly 3/ },
  ],
  [
    'two key points',
    mdxOf(PU, 'ja'),
    frontmatter((d) => points(d).pop()),
    { where: 'keyPoints', message: /there are 2 key point\(s\): give exactly 3/ },
  ],
  [
    'four key points',
    mdxOf(WAVELET, 'en'),
    frontmatter((d) => points(d).push('One more.')),
    { where: 'keyPoints', message: /there are 4 key point\(s\): give exactly 3/ },
  ],
  [
    'a key point that runs over more than one line',
    mdxOf(LMC, 'en'),
    frontmatter((d) => (points(d)[1] = 'First line.\nSecond line.')),
    { where: 'keyPoints[2]', message: /one line/ },
  ],
  // The corrections log (corrections.yaml)
  [
    'two corrections with the same id',
    FILE,
    logEntry('pu-attributions', (e) => (e['id'] = 'pu-objective-weights')),
    { where: `[${index('pu-attributions')}].id`, message: /is used by an earlier correction/ },
  ],
  [
    'a correction without its reason',
    FILE,
    logEntry('pu-objective-weights', (e) => delete e['why']),
    { where: '[1].why', message: /the required field/ },
  ],
  [
    'a correction with a date that is not a day',
    FILE,
    logEntry('pu-objective-weights', (e) => (e['date'] = 'yesterday')),
    { where: '[1].date', message: /date must be a date written "YYYY-MM-DD"/ },
  ],
  [
    'an after quote that is not on the page (the old claim about the LMC page)',
    FILE,
    quotes('lmc-claim-strength', [{ after: { ja: '損失の障壁を小さく保ったまま' } }]),
    {
      where: `[${index('lmc-claim-strength')}].quotes[1].after.ja`,
      message:
        /"損失の障壁を小さく保ったまま" are not on the page \(content\/papers\/linear-mode-connectivity-weight-matching\/ja\.mdx\)/,
    },
  ],
  [
    'an after quote of an entry without a paper that is not on the home page',
    FILE,
    quotes('home-sources-and-parity', [{ after: { en: 'limited to primary sources' } }]),
    {
      where: `[${index('home-sources-and-parity')}].quotes[1].after.en`,
      message:
        /not on the page \(content\/digest\/en\/intro\.mdx and content\/digest\/en\/outlook\.mdx and content\/digest\/en\/about\.mdx\)/,
    },
  ],
  [
    'a quote with neither before nor after',
    FILE,
    quotes('pu-attributions', [{}]),
    {
      where: `[${index('pu-attributions')}].quotes[1]`,
      message: /needs before, after or both/,
    },
  ],
  [
    'a quote with an empty edition',
    FILE,
    quotes('pu-attributions', [{ after: {} }]),
    {
      where: `[${index('pu-attributions')}].quotes[1].after`,
      message: /at least one edition/,
    },
  ],
  ['a log that is not a list', FILE, () => 'id: x\n', { message: /must be a list of corrections/ }],
])(
  'reports %s',
  expectProblem((files) => lintContent(files, ROOT)),
);

describe("the seed report's key terms", () => {
  // That both editions use every declared term is the linter's seedTerms rule (seed-term-missing),
  // which the real content passes (content-lint.test.ts).
  test.each(Object.keys(SEED_TERMS))('%s: paper.yaml lists them', (slug) => {
    const declared = realFacts(slug).seedTerms;
    for (const lang of ['ja', 'en'] as const)
      expect(declared?.[lang], `${slug} seedTerms.${lang}`).toEqual(
        expect.arrayContaining(SEED_TERMS[slug]?.[lang] ?? []),
      );
  });

  test('missingTerms folds width, case and white space, and names what is missing', () => {
    expect(missingTerms(['生成AI', 'Sensor Data'], '生成 AI と sensor\n data')).toEqual([]);
    expect(missingTerms(['時系列予測', 'translation'], '時系列の予測')).toEqual([
      '時系列予測',
      'translation',
    ]);
  });
});

test('reports an arXiv entry that links another paper', () => {
  const problems = lintWith([
    yamlOf(TTA),
    facts(
      (d) =>
        ((sources(d)[0] as Record<string, unknown>)['url'] = 'https://arxiv.org/abs/2402.04051'),
    ),
  ]);
  expect(problems).toEqual([
    problem(yamlOf(TTA), 'sources', /lacks the arXiv abstract/),
    // The other paper's id, named where it is (src/lint/copied.ts).
    problem(
      yamlOf(TTA),
      'sources[1].url',
      /"2402\.04051" is the arXiv id of the paper "linear-mode-connectivity-weight-matching"/,
    ),
  ]);
});

test('checkHomeTables passes equal tables and waits for both editions', () => {
  const files = { ja: `${ROOT}/digest/ja/intro.mdx`, en: `${ROOT}/${INTRO_EN}` };
  expect(
    checkHomeTables(files, {
      ja: [impactRow('a'), impactRow('b')],
      en: [impactRow('a'), impactRow('b')],
    }),
  ).toEqual([]);
  expect(checkHomeTables(files, { ja: [impactRow('a')] })).toEqual([]);
});

describe('the quotes of the corrections log', () => {
  const withQuotes = (id: string, list: unknown[]) => lintWith([FILE, quotes(id, list)]);
  const inLog = (problems: Problem[]) => problems.filter((p) => p.file === `${ROOT}/${FILE}`);

  // That the real log passes is content-lint.test.ts's "reports no problem for the real content folder";
  // that it is a list with entries, this test's.
  test('the fixed entries quote the pages as they read now', () => {
    const log = realLog();
    for (const id of ['lmc-claim-strength', 'pu-attributions'])
      expect(entry(log, id)['quotes'], id).toEqual(
        expect.arrayContaining([expect.objectContaining({ after: expect.anything() as unknown })]),
      );
  });

  test('checks each edition against its own page, ignoring width and white space', () => {
    const i = index('lmc-claim-strength');
    const set = (after: Record<string, string>) =>
      inLog(withQuotes('lmc-claim-strength', [{ after }]));
    // Full-width letters and a line break where the page has none still match.
    expect(
      set({ ja: 'ＷＭ のほうが\n有利になりうる', en: 'WM  can be\nmore advantageous' }),
    ).toEqual([]);
    // The English words are not on the Japanese page.
    expect(set({ ja: 'WM can be more advantageous' })).toEqual([
      problem(FILE, `[${i}].quotes[1].after.ja`, /are not on the page/),
    ]);
    // A before quote is history: it is not looked for.
    expect(inLog(withQuotes('lmc-claim-strength', [{ before: { ja: '損失の障壁なく' } }]))).toEqual(
      [],
    );
  });

  test('an entry without a paper is checked against the home page', () => {
    const intro = splitMdx(get(readRealContent(), INTRO_EN)).data['description'] as string;
    expect(withQuotes('home-sources-and-parity', [{ after: { en: intro } }])).toEqual([]);
  });
});

describe('views of sources and corrections', () => {
  test("sourceItems gives each source in the edition's words, in file order", () => {
    const f = realFacts(TTA);
    const ja = sourceItems(f, 'ja');
    const en = sourceItems(f, 'en');
    expect(ja.map((s) => s.kind)).toEqual(en.map((s) => s.kind));
    expect(en[0]).toEqual(
      expect.objectContaining({ kind: 'arxiv', url: 'https://arxiv.org/abs/2410.03263' }),
    );
    expect(en.find((s) => s.kind === 'third-party')).not.toHaveProperty('url');
  });

  test('formatDay writes the calendar day in each language, whatever the time zone', () => {
    expect(formatDay('2026-11-30', 'ja')).toBe('2026年11月30日');
    expect(formatDay('2026-11-30', 'en')).toBe('30 November 2026');
  });

  /** A correction whose words name it: "a" says what: { ja: "a:何", en: "a: what" }, … */
  const correction = (id: string, date: string, paper?: string): Correction => ({
    id,
    date,
    ...(paper === undefined ? {} : { paper }),
    what: { ja: `${id}:何`, en: `${id}: what` },
    why: { ja: `${id}:なぜ`, en: `${id}: why` },
  });
  const log = [
    correction('a', '2026-01-02', TTA),
    correction('b', '2026-03-04'),
    correction('c', '2026-03-04', PU),
  ];

  test('correctionItems lists the newest first, equal dates by id', () => {
    expect(correctionItems(log, 'en').map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(correctionItems(log, 'ja')[0]).toEqual({
      id: 'b',
      date: '2026-03-04',
      day: '2026年3月4日',
      what: 'b:何',
      why: 'b:なぜ',
      quotes: [],
    });
  });

  test('correctionItems gives each edition its own quoted words, before and after', () => {
    const quoted: Correction = {
      ...correction('q', '2026-03-04'),
      quotes: [
        { before: { ja: '前', en: 'old' }, after: { ja: '後', en: 'new' } },
        { after: { ja: '日本語版だけ' } },
      ],
    };
    expect(correctionItems([quoted], 'ja')[0]?.quotes).toEqual([
      { before: '前', after: '後' },
      { after: '日本語版だけ' },
    ]);
    expect(correctionItems([quoted], 'en')[0]?.quotes).toEqual([{ before: 'old', after: 'new' }]);
  });

  test("correctionsFor keeps only the paper's own corrections", () => {
    expect(correctionsFor(log, TTA, 'en').map((c) => c.id)).toEqual(['a']);
    expect(correctionsFor(log, WAVELET, 'en')).toEqual([]);
  });

  test('correctionFeedItems links each entry on the corrections page, with its date', () => {
    const items = correctionFeedItems(
      correctionItems(log, 'en'),
      'en',
      (p) => `https://x.example${p}`,
      (c) => `Correction ${c.id}`,
      'Why: ',
    );
    expect(items[0]).toEqual({
      title: 'Correction b',
      link: 'https://x.example/en/corrections/#b',
      description: 'b: what Why: b: why',
      categories: [],
      pubDate: new Date('2026-03-04T00:00:00Z'),
    });
  });
});
