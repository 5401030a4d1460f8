/**
 * Heading ids shared by the pipeline and the linter (src/markdown/heading-ids.ts).
 */
import { describe, expect, test } from 'vitest';
import { RESERVED_IDS, headingIdFactory } from '../../src/markdown/heading-ids';
import { DETAIL_SECTIONS, PAGE_SECTIONS } from '../../src/content/views/sections';
import { dictionaries } from '../../src/i18n';

describe('headingIdFactory', () => {
  test.each(['ja', 'en'] as const)(
    'gives the %s detail-section headings their fixed ids',
    (lang) => {
      const idFor = headingIdFactory(lang);
      expect(DETAIL_SECTIONS.map((id) => idFor(dictionaries[lang][`paper.${id}`]))).toEqual([
        ...DETAIL_SECTIONS,
      ]);
    },
  );

  test('trims the heading text', () => {
    expect(headingIdFactory('ja')('  手法  ')).toBe('method');
    expect(headingIdFactory('en')('  Plain heading ')).toBe('plain-heading');
  });

  test('slugs other headings like GitHub, keeping Japanese', () => {
    const idFor = headingIdFactory('ja');
    expect(idFor('部分空間の検出')).toBe('部分空間の検出');
    expect(idFor('Subspace Detection')).toBe('subspace-detection');
    expect(idFor('ALiBi as multiple windows')).toBe('alibi-as-multiple-windows');
    expect(idFor('Results: 7B & more!')).toBe('results-7b--more');
  });

  test('an id begins with a letter, also for a heading that starts with a digit or a hyphen', () => {
    const idFor = headingIdFactory('ja');
    expect(idFor('2 つの窓')).toBe('h-2-つの窓');
    expect(idFor('-提案')).toBe('h--提案');
    expect(idFor('2 つの窓')).toBe('h-2-つの窓-1');
  });

  test('never hands out a reserved or detail-section id for another heading', () => {
    const idFor = headingIdFactory('ja');
    for (const id of [...RESERVED_IDS, ...DETAIL_SECTIONS]) expect(idFor(id)).toBe(`${id}-1`);
  });

  test('suffixes repeated headings, detail sections included, and starts afresh for each document', () => {
    const idFor = headingIdFactory('en');
    expect(['Setup', 'Setup', 'Setup', 'Method', 'Method'].map((h) => idFor(h))).toEqual([
      'setup',
      'setup-1',
      'setup-2',
      'method',
      'method-1',
    ]);
    expect(headingIdFactory('en')('Setup')).toBe('setup');
  });
});

describe('RESERVED_IDS', () => {
  test('holds every page section and the page landmarks', () => {
    expect(RESERVED_IDS).toEqual(expect.arrayContaining([...PAGE_SECTIONS, 'main-content', 'toc']));
  });
});
