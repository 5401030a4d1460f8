/**
 * The interface dictionaries (src/i18n): both languages have the same keys and placeholders,
 * no value is empty, and `createTranslator` fills placeholders or throws.
 */
import { describe, expect, test } from 'vitest';
import {
  createTranslator,
  dictionaries,
  useTranslations,
  type Dictionary,
  type UIKey,
} from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';

const placeholders = (value: string) =>
  [...new Set([...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

describe('dictionaries', () => {
  test('ja and en have exactly the same keys', () => {
    const jaKeys = Object.keys(ja);
    const enKeys = Object.keys(en);
    const differences = {
      onlyInJa: jaKeys.filter((k) => !Object.hasOwn(en, k)),
      onlyInEn: enKeys.filter((k) => !Object.hasOwn(ja, k)),
    };
    expect(differences).toEqual({ onlyInJa: [], onlyInEn: [] });
  });

  test('every key has the same set of {placeholders} in both languages', () => {
    const mismatches = Object.keys(ja)
      .filter((k) => Object.hasOwn(en, k))
      .map((k) => ({
        key: k,
        ja: placeholders(ja[k as UIKey]),
        en: placeholders((en as Dictionary)[k as UIKey]),
      }))
      .filter((m) => m.ja.join() !== m.en.join());
    expect(mismatches).toEqual([]);
  });

  test('no value is empty or blank', () => {
    const empty = Object.entries(dictionaries).flatMap(([lang, dict]) =>
      Object.entries(dict)
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key]) => `${lang}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  test('every brace in a value belongs to a {placeholder}', () => {
    const stray = Object.entries(dictionaries).flatMap(([lang, dict]) =>
      Object.entries(dict)
        .filter(([, value]) => /[{}]/.test(value.replace(/\{\w+\}/g, '')))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('createTranslator', () => {
  const dict = {
    ...ja,
    'list.pageTitle': '「{title}」を{title}回読む',
    'search.results': '{count}件',
  } as Dictionary;
  const t = createTranslator(dict);

  test.each<[string, UIKey, Record<string, string | number>, string]>([
    ['returns a value without placeholders as it is', 'nav.home', {}, ja['nav.home']],
    ['fills every occurrence of a placeholder', 'list.pageTitle', { title: '2' }, '「2」を2回読む'],
    ['fills numbers', 'search.results', { count: 0 }, '0件'],
    ['ignores extra variables', 'search.results', { count: 3, unused: 'x' }, '3件'],
    // A filled value is not read again for placeholders.
    ['does not re-read a filled value', 'search.results', { count: '{count}' }, '{count}件'],
  ])('%s', (_, key, vars, expected) => {
    expect(t(key, vars)).toBe(expected);
  });

  test('throws on a missing variable, naming the key and the placeholder', () => {
    expect(() => t('list.pageTitle')).toThrow('t("list.pageTitle"): no value for {title}');
    expect(() => t('search.results', { query: 'x' })).toThrow('no value for {count}');
  });

  test.each(['ja', 'en'] as const)('fills the real %s strings', (lang) => {
    const real = createTranslator(dictionaries[lang]);
    expect(real('table.scroll', { caption: real('table.label', { n: 2 }) })).toBe(
      lang === 'ja' ? '表2（横にスクロールできます）' : 'Table 2 (scrolls sideways)',
    );
    expect(real('anchor.label', { title: 'X' })).toContain('X');
  });
});

describe('useTranslations', () => {
  test('returns the translator of each edition', () => {
    expect(useTranslations('ja')('nav.search')).toBe(ja['nav.search']);
    expect(useTranslations('en')('nav.search')).toBe(en['nav.search']);
    expect(useTranslations('en')('search.results', { count: 5 })).toBe(
      en['search.results'].replace('{count}', '5'),
    );
  });
});
