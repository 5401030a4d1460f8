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
  // One comparison proves both: a key only in one language, or a {placeholder} only in one
  // language's value, shows in the diff under that key.
  test('ja and en have the same keys, each with the same set of {placeholders}', () => {
    const shape = (dict: Dictionary) =>
      Object.fromEntries(Object.entries(dict).map(([key, value]) => [key, placeholders(value)]));
    expect(shape(en)).toEqual(shape(ja));
  });

  test('no value is empty or blank, and every brace in a value belongs to a {placeholder}', () => {
    const bad = Object.entries(dictionaries).flatMap(([lang, dict]) =>
      Object.entries(dict)
        .filter(
          ([, value]) =>
            typeof value !== 'string' ||
            value.trim() === '' ||
            /[{}]/.test(value.replace(/\{\w+\}/g, '')),
        )
        .map(([key]) => `${lang}:${key}`),
    );
    expect(bad).toEqual([]);
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
