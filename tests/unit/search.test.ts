/**
 * Helpers for the search page (src/search/ui/url.ts).
 */
import { describe, expect, test } from 'vitest';
import { fillTemplate, queryFromUrl } from '../../src/search/ui/url';
import { dictionaries } from '../../src/i18n';

describe('queryFromUrl', () => {
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
  ])('reads %j as %j', (search, expected) => {
    expect(queryFromUrl(search)).toBe(expected);
  });
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
  });
});
