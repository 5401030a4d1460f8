/**
 * Helpers for the search page (src/search/ui/url.ts), the text formulas leave in excerpts
 * (src/markdown/math-text.ts) and the one-edit retry (src/search/engine/typo.ts).
 */
import { describe, expect, test } from 'vitest';
import { fillTemplate, queryFromUrl, statusText } from '../../src/search/ui/url';
import { correctQuery, vocabularyOf, withinOneEdit } from '../../src/search/engine/typo';
import { dictionaries } from '../../src/i18n';
import { texToText } from '../../src/markdown/math-text';

test.each([
  ['?q=RoPE', 'RoPE'],
  ['?q=%20RoPE%20', 'RoPE'],
  ['?q=test-time+adaptation', 'test-time adaptation'],
  ['?q=%E6%8B%A1%E6%95%A3%E3%83%A2%E3%83%87%E3%83%AB', '拡散モデル'],
  ['?page=2&q=diffusion', 'diffusion'],
  ['?q=a&q=b', 'a'],
  ['q=bare', 'bare'],
  ['?q=', ''],
  ['?other=1', ''],
  ['', ''],
])('queryFromUrl reads %j as %j', (search, expected) => {
  expect(queryFromUrl(search)).toBe(expected);
});

describe('fillTemplate', () => {
  test.each<[string, Record<string, string | number>, string]>([
    ['{count} results', { count: 3 }, '3 results'],
    ['{count}件の結果', { count: 0 }, '0件の結果'],
    ['No results for “{query}”.', { query: 'RoPE' }, 'No results for “RoPE”.'],
    ['{a} and {a}', { a: 'x' }, 'x and x'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{a}{b}', { a: 1, b: 2 }, '12'],
    ['no placeholders', { a: 1 }, 'no placeholders'],
    ['{query}', { query: '{count}' }, '{count}'],
  ])('fills %j with %j', (template, vars, expected) => {
    expect(fillTemplate(template, vars)).toBe(expected);
  });

  test.each(['ja', 'en'] as const)('fills the %s search strings handed to the browser', (lang) => {
    const d = dictionaries[lang];
    expect(fillTemplate(d['search.results'], { count: 12 })).toContain('12');
    expect(fillTemplate(d['search.noResults'], { query: 'xyz' })).toContain('xyz');
    expect(fillTemplate(d['search.otherLang'], { query: 'xyz' })).not.toMatch(/\{\w+\}/);
    expect(fillTemplate(d['search.corrected'], { query: 'diffusion' })).toContain('diffusion');
  });
});

describe('texToText: formulas in excerpts read as text, never as TeX', () => {
  test.each([
    ['L_{\\mathrm{train}}=512', 'L_train = 512'],
    ['\\theta=10^4', 'θ = 10⁴'],
    ['\\theta=5\\times10^5', 'θ = 5×10⁵'],
    ['\\ell', 'ℓ'],
    ['W_\\ell^a', 'W_ℓ^a'],
    ['\\sigma_1^2,\\sigma_2^2', 'σ₁², σ₂²'],
    ['z\\in\\mathbb{R}^D', 'z ∈ ℝ^D'],
    ['P_{\\ell-1}^\\top', 'P_(ℓ−1)ᵀ'],
    ['e^{-\\ell_\\theta(x)}', 'e^(−ℓ_θ(x))'],
    ['\\hat y_i', 'ŷ_i'],
    ['\\bar\\alpha_t', 'ᾱ_t'],
    ['a\\gt 0', 'a > 0'],
    ['\\lambda=1/2', 'λ = 1/2'],
    ['\\frac{a}{\\sqrt d}', 'a/√d'],
    ['\\log p(x)', 'log p(x)'],
    ['\\langle\\cdot,\\cdot\\rangle_F', '⟨·, ·⟩_F'],
    ['p_{m,n}\\in\\mathbb{R}^{d}', 'p_(m, n) ∈ ℝ^d'],
    ['\\mathcal{L}_{\\mathrm{PU}}', 'L_PU'],
  ])('%j reads %j', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  test('an unknown command or an unbalanced brace cannot be read', () => {
    expect(texToText('\\begin{pmatrix}a\\end{pmatrix}')).toBeUndefined();
    expect(texToText('a}')).toBeUndefined();
    expect(texToText('{a')).toBeUndefined();
  });
});

test.each([
  ['diffusoin', 'diffusion', true], // two neighbours swapped
  ['difusion', 'diffusion', true], // one letter missing
  ['diffussion', 'diffusion', true], // one letter too many
  ['diffusiom', 'diffusion', true], // one letter replaced
  ['diffusion', 'diffusion', true],
  ['difusoin', 'diffusion', false], // two edits
  ['duffusoin', 'diffusion', false],
  ['diffusionss', 'diffusion', false],
  ['abc', 'cba', false],
])('withinOneEdit: %j → %j: %s', (a, b, expected) => {
  expect(withinOneEdit(a, b)).toBe(expected);
  expect(withinOneEdit(b, a)).toBe(expected);
});

describe('correctQuery', () => {
  const vocabulary = ['diffusion', 'models', 'positional', 'wavelet', 'position'];
  test('replaces each unknown word of five letters or more by the first word one edit away', () => {
    expect(correctQuery('diffusoin', vocabulary)).toBe('diffusion');
    expect(correctQuery('diffusoin modles', vocabulary)).toBe('diffusion models');
    expect(correctQuery('wavelte RoPE', vocabulary)).toBe('wavelet RoPE');
  });
  test('leaves known words, short words and Japanese alone; nothing to change is undefined', () => {
    expect(correctQuery('diffusion', vocabulary)).toBeUndefined();
    expect(correctQuery('modl', vocabulary)).toBeUndefined();
    expect(correctQuery('拡散モデル', vocabulary)).toBeUndefined();
    expect(correctQuery('zzzzzzzz', vocabulary)).toBeUndefined();
    expect(correctQuery('拡散 diffusoin', vocabulary)).toBe('拡散 diffusion');
  });
  test('prefers the more frequent word (earlier in the list)', () => {
    expect(correctQuery('positoin', ['position', 'positron'])).toBe('position');
  });
});

test('vocabularyOf: Latin words of five letters or more, folded, most frequent first, ties alphabetical', () => {
  expect(
    vocabularyOf(['Wavelet wavelets WAVELET', 'ｄｉｆｆｕｓｉｏｎ and RoPE', 'zebra apple']),
  ).toEqual(['wavelet', 'apple', 'diffusion', 'wavelets', 'zebra']);
});

test('statusText counts, says when nothing is found, and names the corrected query first', () => {
  const strings = {
    results: '{count} results',
    resultOne: '1 result',
    noResults: 'No results for “{query}”.',
    corrected: 'Showing results for “{query}”.',
  };
  expect(statusText(strings, { hits: [1, 2], total: 4 }, 'x')).toBe('4 results');
  expect(statusText(strings, { hits: [1], total: 1 }, 'x')).toBe('1 result');
  expect(statusText(strings, { hits: [], total: 0 }, 'zzz')).toBe('No results for “zzz”.');
  expect(statusText(strings, { hits: [1], total: 1, corrected: 'diffusion' }, 'diffusoin')).toBe(
    'Showing results for “diffusion”. 1 result',
  );
});
