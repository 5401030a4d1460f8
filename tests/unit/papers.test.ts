/**
 * The paper view builders (src/content/views/papers.ts), fed with the real facts and vocabulary.
 */
import { afterEach, describe, expect, test } from 'vitest';
import {
  authorLine,
  headerPresentation,
  neighbours,
  paperView,
  sortPapers,
  venueDates,
} from '../../src/content/views/papers';
import {
  paperFactsSchema,
  paperProseSchema,
  type PaperFacts,
  type PaperProse,
} from '../../src/content/schema';
import { siteConfig } from '../../src/site/config';
import { get, readRealContent, realFacts, realVocabulary, splitMdx } from './support/content';

const TTA = 'test-time-adaptation-regression';
const LMC = 'linear-mode-connectivity-weight-matching';

const vocab = realVocabulary();
const prose = (slug: string, lang: 'ja' | 'en'): PaperProse =>
  paperProseSchema.parse(splitMdx(get(readRealContent(), `papers/${slug}/${lang}.mdx`)).data);
const viewOf = (slug: string, lang: 'ja' | 'en', facts: PaperFacts = realFacts(slug)) =>
  paperView(slug, lang, facts, prose(slug, lang), vocab);

describe('paperView', () => {
  test('joins the facts, the prose of one edition and the vocabulary', () => {
    const facts = realFacts(TTA);
    const ja = prose(TTA, 'ja');
    const view = paperView(TTA, 'ja', facts, ja, vocab);
    expect(view.slug).toBe(TTA);
    expect(view.lang).toBe('ja');
    expect(view.order).toBe(1);
    expect(view.facts).toBe(facts);
    expect(view.prose).toBe(ja);
    expect(view.venue).toBe(vocab.venues['iclr-2025']);
  });

  test.each([
    ['ja', ['テスト時適応', '回帰', '分布シフト']],
    ['en', ['Test-time adaptation', 'Regression', 'Distribution shift']],
  ] as const)('labels the tags in %s', (lang, labels) => {
    const view = viewOf(TTA, lang);
    expect(view.tags).toEqual([
      { key: 'test-time-adaptation', label: labels[0] },
      { key: 'regression', label: labels[1] },
      { key: 'distribution-shift', label: labels[2] },
    ]);
  });

  test('gives the Japanese names in the Japanese edition only', () => {
    const ja = viewOf(TTA, 'ja');
    const en = viewOf(TTA, 'en');
    expect(ja.authors.map((a) => a.nameJa)).toEqual([
      '足立 一樹',
      '山口 真弥',
      '熊谷 充敏',
      '濱上 知樹',
    ]);
    expect(ja.authors.map((a) => a.name)).toEqual(en.authors.map((a) => a.name));
    expect(en.authors.some((a) => 'nameJa' in a)).toBe(false);
  });

  test('leaves nameJa out when paper.yaml gives no Japanese name', () => {
    const facts = realFacts(TTA);
    const ja = viewOf(TTA, 'ja', {
      ...facts,
      authors: facts.authors.map(({ nameJa: _, ...a }) => a),
    });
    expect(ja.authors.some((a) => 'nameJa' in a)).toBe(false);
  });

  test('keeps the authors in order and marks unconfirmed affiliations', () => {
    const view = viewOf(TTA, 'en');
    expect(view.authors.map((a) => a.name)).toEqual([
      'Kazuki Adachi',
      "Shin'ya Yamaguchi",
      'Atsutoshi Kumagai',
      'Tomoki Hamagami',
    ]);
    expect(view.authors[0]?.affiliations).toEqual([
      { key: 'ntt', label: 'NTT Corporation', confirmed: true },
      { key: 'ynu', label: 'Yokohama National University', confirmed: false },
    ]);
    expect(view.authors[3]?.affiliations).toEqual([
      { key: 'ynu', label: 'Yokohama National University', confirmed: true },
    ]);
  });

  test('labels affiliations in Japanese on the Japanese edition', () => {
    const view = viewOf(TTA, 'ja');
    expect(view.authors[1]?.affiliations).toEqual([
      { key: 'ntt', label: 'NTT株式会社', confirmed: true },
      { key: 'kyoto-u', label: '京都大学', confirmed: false },
    ]);
  });

  test('lists as labs only the NTT laboratories among confirmed affiliations, once each, in order of appearance', () => {
    expect(viewOf(LMC, 'en').labs).toEqual([
      { key: 'ntt-si', label: 'NTT Social Informatics Laboratories' },
      { key: 'ntt-cd', label: 'NTT Computer and Data Science Laboratories' },
    ]);
    // NTT Corporation and the universities are not laboratories.
    expect(viewOf(TTA, 'en').labs).toEqual([]);
  });

  test('does not count an unconfirmed NTT laboratory as a lab', () => {
    const facts: PaperFacts = paperFactsSchema.parse({
      ...realFacts(TTA),
      authors: [{ name: 'A B', affiliations: ['ntt'], unconfirmedAffiliations: ['ntt-hi'] }],
    });
    const ja = viewOf(TTA, 'ja', facts);
    expect(ja.labs).toEqual([]);
    expect(ja.authors[0]?.affiliations[1]).toEqual({
      key: 'ntt-hi',
      label: 'NTT人間情報研究所',
      confirmed: false,
    });
  });

  test('builds the links, with OpenReview and code only when known', () => {
    expect(viewOf(TTA, 'en').links).toEqual({
      arxiv: 'https://arxiv.org/abs/2410.03263',
      pdf: 'https://arxiv.org/pdf/2410.03263',
      openreview: 'https://openreview.net/forum?id=SXtl7NRyE5',
      code: 'https://github.com/kzkadc/regression-tta',
      canonical: 'https://openreview.net/forum?id=SXtl7NRyE5',
    });
    expect(viewOf(LMC, 'en').links).toEqual({
      arxiv: 'https://arxiv.org/abs/2402.04051',
      pdf: 'https://arxiv.org/pdf/2402.04051',
      canonical: 'https://arxiv.org/abs/2402.04051',
    });
  });

  test('names the presentation type in the header only when a primary source confirms it', () => {
    const facts = realFacts(TTA);
    expect(headerPresentation({ presentation: 'poster' })).toBe('poster');
    expect(headerPresentation({ presentation: 'oral' })).toBe('oral');
    expect(headerPresentation({ presentation: 'unconfirmed' })).toBeUndefined();
    // Resting on a secondary source (TTA's poster file, as in paper.yaml) or not confirmed at all.
    expect(facts.presentationSource).toBeDefined();
    expect(headerPresentation(facts)).toBeUndefined();
    expect(headerPresentation(realFacts(LMC))).toBeUndefined();
  });

  test.each([
    ['tag', { tags: ['no-such-tag'] }, 'Unknown tag "no-such-tag"'],
    [
      'affiliation',
      { authors: [{ name: 'A B', affiliations: ['nowhere'], unconfirmedAffiliations: [] }] },
      'Unknown affiliation "nowhere"',
    ],
    [
      'unconfirmed affiliation',
      { authors: [{ name: 'A B', affiliations: ['ntt'], unconfirmedAffiliations: ['nowhere'] }] },
      'Unknown affiliation "nowhere"',
    ],
    ['venue', { venue: 'neurips-2025' }, 'Unknown venue "neurips-2025"'],
  ])('throws on an unknown %s', (_, patch, message) => {
    const facts = { ...realFacts(TTA), ...patch };
    expect(() => viewOf(TTA, 'en', facts)).toThrow(message);
  });
});

describe('sortPapers', () => {
  test('sorts by order, then by slug, without changing the list it is given', () => {
    const papers = [
      { slug: 'c', order: 2 },
      { slug: 'b', order: 1 },
      { slug: 'a', order: 2 },
      { slug: 'd', order: 10 },
    ];
    expect(sortPapers(papers).map((p) => p.slug)).toEqual(['b', 'a', 'c', 'd']);
    expect(papers.map((p) => p.slug)).toEqual(['c', 'b', 'a', 'd']);
  });
  // The real papers' orders (1 to 4): content-lint.test.ts.
});

describe('neighbours', () => {
  const first = { slug: 'first', order: 1 };
  const second = { slug: 'second', order: 2 };
  const third = { slug: 'third', order: 3 };
  const papers = [third, first, second];

  // toStrictEqual: a missing neighbour is left out, not set to undefined.
  test.each([
    ['first', { next: second }],
    ['second', { prev: first, next: third }],
    ['third', { prev: second }],
  ])('gives %s its neighbours in display order', (slug, expected) => {
    expect(neighbours(papers, slug)).toStrictEqual(expected);
  });

  test('gives an unknown slug or a single paper no neighbours', () => {
    expect(neighbours(papers, 'nope')).toEqual({});
    expect(neighbours([{ slug: 'only', order: 1 }], 'only')).toEqual({});
  });
});

describe('authorLine', () => {
  test.each<[readonly string[], 'ja' | 'en', string]>([
    [['A'], 'en', 'A'],
    [['A', 'B'], 'en', 'A and B'],
    [['A', 'B', 'C'], 'en', 'A, B and C'],
    [
      ['Kazuki Adachi', "Shin'ya Yamaguchi", 'Atsutoshi Kumagai', 'Tomoki Hamagami'],
      'en',
      "Kazuki Adachi, Shin'ya Yamaguchi, Atsutoshi Kumagai and Tomoki Hamagami",
    ],
    [['A'], 'ja', 'A'],
    [['A', 'B'], 'ja', 'A、B'],
    [['A', 'B', 'C'], 'ja', 'A、B、C'],
    [[], 'en', ''],
    [[], 'ja', ''],
  ])('writes %j in %s as %j', (names, lang, expected) => {
    expect(authorLine(names, lang)).toBe(expected);
  });
});

describe('venueDates', () => {
  const iclr = { start: '2025-04-24', end: '2025-04-28' };
  /** ICU puts thin or normal spaces around the range dash; the reader sees "24–28". */
  const tight = (s: string) => s.replace(/\s*[–-]\s*/g, '–');
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  test.each([
    ['the ICLR 2025 dates in English', iclr, 'en', '24–28 April 2025'],
    ['the ICLR 2025 dates in Japanese', iclr, 'ja', '2025年4月24日～28日'],
    [
      'both months of a range across a month end',
      { start: '2025-04-28', end: '2025-05-02' },
      'en',
      '28 April–2 May 2025',
    ],
    ['a single day once', { start: '2025-04-24', end: '2025-04-24' }, 'en', '24 April 2025'],
  ] as const)('writes %s as %s', (_, dates, lang, expected) => {
    expect(tight(venueDates(dates, lang, siteConfig.timeZone))).toBe(expected);
  });

  test.each(['UTC', 'America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Tokyo', 'Pacific/Auckland'])(
    'gives the same text whatever the TZ environment variable (%s)',
    (tz) => {
      process.env['TZ'] = tz;
      expect(tight(venueDates(iclr, 'en', siteConfig.timeZone))).toBe('24–28 April 2025');
      expect(tight(venueDates(iclr, 'ja', siteConfig.timeZone))).toBe('2025年4月24日～28日');
    },
  );

  // The documented range: any site time zone from UTC-11 to UTC+11 keeps the calendar days.
  test.each([
    'UTC',
    'Pacific/Pago_Pago',
    'America/Los_Angeles',
    'Asia/Tokyo',
    'Australia/Sydney',
    'Pacific/Noumea',
  ])('keeps the calendar days in the site time zone %s', (timeZone) => {
    expect(tight(venueDates(iclr, 'en', timeZone))).toBe('24–28 April 2025');
  });
});
