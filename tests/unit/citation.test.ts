/**
 * APA and "cite this digest" output (src/cite/citation.ts), with the cases an author list and
 * titles bring: apostrophes, hyphens, a title ending in "?". (BibTeX escaping: bibtex.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import {
  apaAuthors,
  apaCitation,
  apaDate,
  apaInitials,
  apaName,
  digestApa,
  digestBibtex,
  latestDay,
  paperCitations,
} from '../../src/cite/citation';
import { TTA, realFacts } from './support/content';

const venue = { booktitle: 'The Thirteenth International Conference on Learning Representations' };
const facts = realFacts(TTA);

describe('apaInitials / apaName', () => {
  test.each([
    ["Shin'ya", 'S.'],
    ['Jean-Pierre', 'J.-P.'],
    ['Mary Ann', 'M. A.'],
    ['kazuki', 'K.'],
  ])('initials of %j are %j', (given, expected) => {
    expect(apaInitials(given)).toBe(expected);
  });
  test.each([
    ["Shin'ya Yamaguchi", 'Yamaguchi, S.'],
    ['Kazuki Adachi', 'Adachi, K.'],
    ['Plato', 'Plato'],
  ])('writes %j as %j', (name, expected) => {
    expect(apaName({ name })).toBe(expected);
  });
});

describe('apaAuthors', () => {
  test('joins the last author with ", &"', () => {
    expect(apaAuthors([{ name: 'Akira Ito' }, { name: 'Masanori Yamada' }])).toBe(
      'Ito, A., & Yamada, M.',
    );
    expect(apaAuthors([{ name: 'Yui Oka' }])).toBe('Oka, Y.');
  });
  test('shortens lists of more than 20 authors to 19, an ellipsis and the last', () => {
    const many = Array.from({ length: 22 }, (_, i) => ({ name: `Given${i} Family${i}` }));
    const out = apaAuthors(many);
    expect(out).toContain('Family18, G., . . . Family21, G.');
    expect(out).not.toContain('Family19');
  });
});

describe('apaCitation', () => {
  test('formats the original paper as a conference paper with the proceedings in italics', () => {
    const apa = apaCitation(facts, venue);
    expect(apa.text).toBe(
      'Adachi, K., Yamaguchi, S., Kumagai, A., & Hamagami, T. (2025). Test-time Adaptation for Regression by Subspace Alignment. In The Thirteenth International Conference on Learning Representations. https://openreview.net/forum?id=SXtl7NRyE5',
    );
    expect(apa.parts.filter((p) => p.italic).map((p) => p.text)).toEqual([venue.booktitle]);
  });
  test('does not double the period after a title ending in "?"', () => {
    expect(
      apaCitation({ ...facts, originalTitle: 'Do We Really Need Permutations?' }, venue).text,
    ).toContain('Permutations? In ');
  });
  test('links arXiv when no OpenReview id is confirmed', () => {
    const { openreview: _, ...noOr } = facts;
    expect(apaCitation(noOr, venue).text.endsWith('https://arxiv.org/abs/2410.03263')).toBe(true);
  });
});

describe('cite this digest', () => {
  const input = {
    bibtexKey: 'adachi2025testtime',
    title: '回帰のためのテスト時適応 & {SSA}',
    siteName: 'NTT ICLR 2025 論文ダイジェスト',
    originalTitle: facts.originalTitle,
    url: 'https://example.org/iclr2025/papers/test-time-adaptation-regression/',
    lang: 'ja' as const,
  };
  test('is a @misc entry with the site as corporate author and the page URL', () => {
    const bib = digestBibtex(input);
    expect(bib.startsWith('@misc{adachi2025testtime-digest-ja,\n')).toBe(true);
    expect(bib).toContain('author       = {{NTT ICLR 2025 論文ダイジェスト}}');
    expect(bib).toContain('title        = {回帰のためのテスト時適応 \\& {SSA}}');
    expect(bib).toContain(`howpublished = {\\url{${input.url}}}`);
    expect(bib).toContain('language     = {japanese}');
    expect(bib.endsWith('\n}')).toBe(true);
  });
  test('has an APA form with the page title in italics and the page’s date', () => {
    const apa = digestApa({
      ...input,
      lang: 'en',
      siteName: 'NTT at ICLR 2025: A Paper Digest',
      title: 'Test-time Adaptation',
      date: '2026-12-06',
    });
    expect(apa.text).toBe(
      `NTT at ICLR 2025: A Paper Digest. (2026, December 6). Test-time Adaptation. ${input.url}`,
    );
    expect(apa.parts.find((p) => p.italic)?.text).toBe('Test-time Adaptation');
    expect(digestApa({ ...input, date: '2026-01-09' }).text).toBe(
      `NTT ICLR 2025 論文ダイジェスト. (2026年1月9日). 回帰のためのテスト時適応 & {SSA}. ${input.url}`,
    );
  });
  test('says "(n.d.)" only for a page without a date, never inventing one', () => {
    expect(digestApa(input).text).toContain('(n.d.)');
    expect(apaDate(undefined, 'en')).toBe('n.d.');
  });
  test('a page’s date is the latest of its days', () => {
    expect(latestDay(['2026-11-30', undefined, '2026-12-06', '2026-12-01'])).toBe('2026-12-06');
    expect(latestDay([undefined])).toBeUndefined();
  });
  test('paperCitations dates the digest’s APA reference', () => {
    const out = paperCitations(
      { lang: 'en', facts, venue, prose: { title: 'T' } },
      { url: input.url, siteName: 'S', date: '2026-12-06' },
    );
    expect(out.digest.apa.text).toBe(`S. (2026, December 6). T. ${input.url}`);
    expect(apaDate('2026-12-06', 'ja')).toBe('2026年12月6日');
  });
});
