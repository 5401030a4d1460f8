/**
 * The content contract (src/content/schema.ts): valid fixtures parse with their defaults, and each
 * kind of mistake fails with the message written for authors. Proved through the linter instead: a
 * malformed code URL and a missing shortName (the corpus cases malformed-url, missing-field), an
 * unknown column in an impact row and an unknown digest kind (content-lint.test.ts).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import {
  ARXIV_RE,
  OPENREVIEW_RE,
  affiliationSchema,
  authorSchema,
  digestImpactRowSchema,
  digestSchema,
  isDigestIntro,
  paperFactsSchema,
  paperProseSchema,
  tagSchema,
  venueSchema,
} from '../../src/content/schema';
import { impactRow } from './support/builders';

const fixture = (name: string) =>
  yaml.load(readFileSync(new URL(`../fixtures/schema/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

/** Every issue as "path: message" (path joined with dots, "" for the root). */
function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

/** A `test.each` body: `schema` rejects `valid` with `patch` applied, with an issue matching `message`. */
const rejects =
  (schema: z.ZodType, valid: Record<string, unknown> = {}) =>
  (_: string, patch: Record<string, unknown>, message: RegExp) =>
    expect(issues(schema, { ...valid, ...patch })).toContainEqual(expect.stringMatching(message));
/** A `test.each` body: `schema` refuses `valid` without `field`, with an issue on that field. */
const requires = (schema: z.ZodType, valid: Record<string, unknown>) => (field: string) => {
  const data = { ...valid };
  delete data[field];
  expect(issues(schema, data)).toContainEqual(expect.stringMatching(new RegExp(`^${field}: `)));
};

const minimalPaper = fixture('paper-minimal.yaml');
const fullPaper = fixture('paper-full.yaml');
const prose = fixture('prose.yaml');
const intro = fixture('intro.yaml');
const venue = fixture('venue.yaml');

describe('paperFactsSchema', () => {
  test('parses a minimal paper and applies the defaults', () => {
    const parsed = paperFactsSchema.parse(minimalPaper);
    expect(parsed.authors[0]?.unconfirmedAffiliations).toEqual([]);
    expect(parsed).not.toHaveProperty('openreview');
    expect(parsed).not.toHaveProperty('code');
    expect(parsed.presentation).toBe('unconfirmed');
  });

  test('parses every optional field and trims text', () => {
    const parsed = paperFactsSchema.parse(fullPaper);
    expect(parsed.originalTitle).toBe('A Full Paper: With {RoPE} & More');
    expect(parsed.openreview).toBe('SXtl7NRyE5');
    expect(parsed.code).toBe('https://github.com/owner/repo');
    expect(parsed.authors.map((a) => a.unconfirmedAffiliations)).toEqual([['ynu'], []]);
  });

  test.each([
    ['a fractional order', { order: 1.5 }, /^order: order must be a whole number$/],
    ['an order of zero', { order: 0 }, /^order: order must be 1 or more$/],
    [
      'an unknown presentation',
      { presentation: 'talk' },
      /^presentation: presentation must be one of: poster, spotlight, oral, unconfirmed$/,
    ],
    [
      'an empty originalTitle',
      { originalTitle: '' },
      /^originalTitle: originalTitle must not be empty$/,
    ],
    ['a blank shortName', { shortName: '   ' }, /^shortName: shortName must not be empty$/],
    ['no authors', { authors: [] }, /^authors: authors must list at least one author$/],
    ['no tags', { tags: [] }, /^tags: tags must list at least one tag$/],
    [
      'a tag that is not kebab-case',
      { tags: ['Test Time'] },
      /^tags\.0: tag must be a kebab-case key/,
    ],
    [
      'a venue that is not kebab-case',
      { venue: 'ICLR 2025' },
      /^venue: venue must be a kebab-case key/,
    ],
    [
      'a bibtexKey with a space',
      { bibtexKey: 'adachi 2025' },
      /^bibtexKey: bibtexKey may contain only/,
    ],
    ['a year out of range', { year: 25 }, /^year: ./],
  ])('rejects %s', rejects(paperFactsSchema, minimalPaper));

  test('rejects an unknown extra field, naming it', () => {
    const result = paperFactsSchema.safeParse({ ...minimalPaper, abstract: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['abstract'] }),
    ]);
  });

  test.each([
    'order',
    'originalTitle',
    'authors',
    'venue',
    'presentation',
    'year',
    'arxiv',
    'tags',
    'bibtexKey',
  ])('requires %s', requires(paperFactsSchema, minimalPaper));
});

describe('authorSchema', () => {
  test.each([
    [
      'no affiliation',
      { name: 'A B', affiliations: [] },
      /^affiliations: each author needs at least one affiliation$/,
    ],
    [
      'an affiliation that is not a key',
      { name: 'A B', affiliations: ['NTT Corp'] },
      /^affiliations\.0: affiliation must be a kebab-case key/,
    ],
    [
      'an unknown field',
      { name: 'A B', affiliations: ['ntt'], email: 'a@b.c' },
      /^: Unrecognized key/,
    ],
  ])('rejects %s', rejects(authorSchema));
});

describe('paperProseSchema', () => {
  test('parses valid prose', () => {
    const parsed = paperProseSchema.parse(prose);
    expect(parsed.impact).toHaveLength(1);
    expect(parsed.summary).toBe('一段落目。\n\n二段落目。');
  });

  test.each([
    ['a whitespace-only summary', { summary: ' \n ' }, /^summary: summary must not be empty$/],
    ['a title that is a number', { title: 42 }, /^title: title must be text$/],
    ['an empty impact table', { impact: [] }, /^impact: impact must have at least one row$/],
  ])('rejects %s', rejects(paperProseSchema, prose));

  test.each(['title', 'description', 'summary', 'significance', 'applications', 'impact'])(
    'requires %s',
    requires(paperProseSchema, prose),
  );
});

describe('digestImpactRowSchema', () => {
  test('adds paper and theme to an impact row', () => {
    const row = impactRow('pu-diffusion-models');
    expect(digestImpactRowSchema.parse(row)).toEqual(row);
    expect(issues(digestImpactRowSchema, { ...row, paper: 'PU Diffusion' })).toEqual([
      expect.stringMatching(/^paper: paper must be a kebab-case key/),
    ]);
  });
});

describe('digestSchema', () => {
  test('parses an intro and an outlook', () => {
    const parsed = digestSchema.parse(intro);
    expect(parsed.kind).toBe('intro');
    expect(isDigestIntro(parsed)).toBe(true);
    const outlook = digestSchema.parse({ kind: 'outlook' });
    expect(isDigestIntro(outlook)).toBe(false);
  });

  test.each([
    ['a missing kind', { title: 'x' }],
    ['a kind that is not text', { kind: 1 }],
  ])('rejects %s with the kind message', (_, data) => {
    expect(issues(digestSchema, data)).toEqual([
      'kind: kind must be "intro", "outlook" or "about"',
    ]);
  });

  test.each([
    ['an outlook with intro fields', { kind: 'outlook', title: 'x' }, /Unrecognized key/],
    [
      'an intro without impact rows',
      { ...intro, impact: [] },
      /^impact: impact must have one row per paper$/,
    ],
    [
      'an intro without a title',
      { kind: 'intro', description: 'd', impact: intro['impact'] },
      /^title: title must be text$/,
    ],
  ])('validates the chosen variant: %s', (_, data, message) => {
    expect(issues(digestSchema, data).some((i) => message.test(i))).toBe(true);
  });
});

describe('tagSchema', () => {
  test('needs both labels', () => {
    expect(tagSchema.parse({ ja: '回帰', en: 'Regression' })).toEqual({
      ja: '回帰',
      en: 'Regression',
    });
    expect(issues(tagSchema, { ja: '回帰' })).toEqual(['en: en must be text']);
  });
});

describe('affiliationSchema', () => {
  test('defaults nttLab to false', () => {
    expect(affiliationSchema.parse({ ja: '京都大学', en: 'Kyoto University' })).toEqual({
      ja: '京都大学',
      en: 'Kyoto University',
      nttLab: false,
    });
    expect(affiliationSchema.parse({ ja: 'x', en: 'y', nttLab: true }).nttLab).toBe(true);
  });
});

describe('venueSchema', () => {
  test('parses a venue', () => {
    expect(venueSchema.parse(venue).city).toEqual({ ja: 'シンガポール', en: 'Singapore' });
  });

  test.each([
    [
      'a date not written YYYY-MM-DD',
      { start: '24 April 2025' },
      /^start: start must be a date written YYYY-MM-DD$/,
    ],
    ['an impossible date', { end: '2025-02-30' }, /^end: end must be a date written YYYY-MM-DD$/],
    [
      'a missing city in one language',
      { city: { ja: 'シンガポール' } },
      /^city\.en: city\.en must be text$/,
    ],
  ])('rejects %s', rejects(venueSchema, venue));
});

describe('ARXIV_RE and OPENREVIEW_RE', () => {
  test.each([
    [ARXIV_RE, '2410.03263', true],
    [ARXIV_RE, '2503.0378', true],
    [ARXIV_RE, '2410.03263v2', false],
    [ARXIV_RE, 'arXiv:2410.03263', false],
    [ARXIV_RE, '241.03263', false],
    [ARXIV_RE, '2410.032631', false],
    [ARXIV_RE, 'https://arxiv.org/abs/2410.03263', false],
    [OPENREVIEW_RE, 'SXtl7NRyE5', true],
    [OPENREVIEW_RE, 'jKcZ4hF4s5', true],
    [OPENREVIEW_RE, 'a-b_c-d_e-', true],
    [OPENREVIEW_RE, 'SXtl7NRyE', false],
    [OPENREVIEW_RE, 'SXtl7NRyE55', false],
    [OPENREVIEW_RE, 'SXtl7NRy!5', false],
  ])('%s on %s: %s', (re, id, ok) => {
    expect(re.test(id)).toBe(ok);
  });
});
