/**
 * BibTeX generation (src/cite/bibtex.ts), checked against the real facts of paper 1.
 */
import { describe, expect, test } from 'vitest';
import { bibtexName, escapeBibtex, toBibtex } from '../../src/cite/bibtex';
import type { PaperFacts } from '../../src/content/schema';
import { TTA, realFacts, realVocabulary } from './support/content';

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

describe('toBibtex', () => {
  const facts = realFacts(TTA);
  const venue = realVocabulary().venues['iclr-2025'];
  if (!venue) throw new Error('test setup: venue iclr-2025 missing');
  const entry = toBibtex(facts, venue);

  test('writes the @inproceedings entry: key, title, authors in order, venue, url, arXiv eprint, "=" aligned', () => {
    expect(entry).toBe(`@inproceedings{adachi2025testtime,
  title         = {Test-time Adaptation for Regression by Subspace Alignment},
  author        = {Adachi, Kazuki and Yamaguchi, Shin'ya and Kumagai, Atsutoshi and Hamagami, Tomoki},
  booktitle     = {The Thirteenth International Conference on Learning Representations},
  year          = {2025},
  url           = {https://openreview.net/forum?id=SXtl7NRyE5},
  eprint        = {2410.03263},
  archiveprefix = {arXiv}
}`);
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
