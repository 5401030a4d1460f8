/**
 * BibTeX generation (src/cite/bibtex.ts), checked against the real facts of paper 1.
 */
import { describe, expect, test } from 'vitest';
import { bibtexName, escapeBibtex, toBibtex } from '../../src/cite/bibtex';
import { paperUrl } from '../../src/content/views/papers';
import type { PaperFacts } from '../../src/content/schema';
import { realFacts, realVocabulary } from './support/content';

const TTA = 'test-time-adaptation-regression';

describe('escapeBibtex', () => {
  test.each([
    ['plain text', 'plain text'],
    ['Research & Development', 'Research \\& Development'],
    ['50% faster', '50\\% faster'],
    ['costs $5', 'costs \\$5'],
    ['issue #3', 'issue \\#3'],
    ['snake_case', 'snake\\_case'],
    ['a~b', 'a\\textasciitilde{}b'],
    ['x^2', 'x\\textasciicircum{}2'],
    ['C:\\path', 'C:\\textbackslash{}path'],
    ['Learning with {RoPE} and {ALiBi}', 'Learning with {RoPE} and {ALiBi}'],
    ['{Nested {braces}}', '{Nested {braces}}'],
    ['an { open brace', 'an \\{ open brace'],
    ['a } close brace', 'a \\} close brace'],
    ['}reversed{', '\\}reversed\\{'],
    ['{balanced} but }{', '\\{balanced\\} but \\}\\{'],
    ['{RoPE} & 100%_~^#$', '{RoPE} \\& 100\\%\\_\\textasciitilde{}\\textasciicircum{}\\#\\$'],
    ['日本語のタイトル', '日本語のタイトル'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeBibtex(input)).toBe(expected);
  });

  test('keeps the braces it adds for \\textbackslash{} when the input braces are unbalanced', () => {
    expect(escapeBibtex('\\ {')).toBe('\\textbackslash{} \\{');
  });
});

describe('bibtexName', () => {
  test.each([
    ["Shin'ya Yamaguchi", "Yamaguchi, Shin'ya"],
    ['Kazuki Adachi', 'Adachi, Kazuki'],
    ['Mary Ann Smith', 'Smith, Mary Ann'],
    ['  Akira   Ito  ', 'Ito, Akira'],
    ['Plato', 'Plato'],
    ['  Plato ', 'Plato'],
  ])('writes %j as %j', (name, expected) => {
    expect(bibtexName({ name })).toBe(expected);
  });
});

describe('paperUrl', () => {
  test('prefers the OpenReview forum', () => {
    expect(paperUrl({ arxiv: '2410.03263', openreview: 'SXtl7NRyE5' })).toBe(
      'https://openreview.net/forum?id=SXtl7NRyE5',
    );
  });

  test('falls back to arXiv without an OpenReview id', () => {
    expect(paperUrl({ arxiv: '2402.04051' })).toBe('https://arxiv.org/abs/2402.04051');
  });
  // A real paper without a confirmed OpenReview id links arXiv: papers.test.ts "builds the links".
});

describe('toBibtex', () => {
  const facts = realFacts(TTA);
  const venue = realVocabulary().venues['iclr-2025'];
  if (!venue) throw new Error('test setup: venue iclr-2025 missing');
  const entry = toBibtex(facts, venue);

  test('starts with the entry type and the key from paper.yaml', () => {
    expect(entry.startsWith('@inproceedings{adachi2025testtime,\n')).toBe(true);
    expect(entry.endsWith('\n}')).toBe(true);
  });

  test('lists all four authors in the paper\'s order, joined by " and "', () => {
    expect(entry).toContain(
      "author        = {Adachi, Kazuki and Yamaguchi, Shin'ya and Kumagai, Atsutoshi and Hamagami, Tomoki},",
    );
  });

  test('writes the title, booktitle, year, url and arXiv eprint', () => {
    expect(entry).toContain(
      'title         = {Test-time Adaptation for Regression by Subspace Alignment},',
    );
    expect(entry).toContain(
      'booktitle     = {The Thirteenth International Conference on Learning Representations},',
    );
    expect(entry).toContain('year          = {2025},');
    expect(entry).toContain('url           = {https://openreview.net/forum?id=SXtl7NRyE5},');
    expect(entry).toContain('eprint        = {2410.03263},');
    expect(entry).toContain('archiveprefix = {arXiv}\n}');
  });

  test('aligns the "=" of every field', () => {
    const columns = entry
      .split('\n')
      .slice(1, -1)
      .map((line) => line.indexOf('='));
    expect(new Set(columns).size).toBe(1);
  });

  test('matches the stored entry', async () => {
    await expect(entry).toMatchFileSnapshot('./__snapshots__/bibtex-adachi.bib');
  });

  test('escapes special characters in the title but not in the URL', () => {
    const tricky: PaperFacts = {
      ...facts,
      originalTitle: 'Speed & {Scale}: 100% of_it',
      openreview: 'a_b-c_d-e_',
    };
    const out = toBibtex(tricky, venue);
    expect(out).toContain('title         = {Speed \\& {Scale}: 100\\% of\\_it},');
    expect(out).toContain('url           = {https://openreview.net/forum?id=a_b-c_d-e_},');
  });

  test('uses the arXiv URL when there is no OpenReview id', () => {
    const { openreview: _, ...withoutOpenreview } = facts;
    expect(toBibtex(withoutOpenreview, venue)).toContain(
      'url           = {https://arxiv.org/abs/2410.03263},',
    );
  });
});
