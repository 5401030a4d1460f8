/**
 * The paper page's table of contents (src/content/views/toc.ts).
 */
import { describe, expect, test } from 'vitest';
import { paperToc, type HeadingInfo } from '../../src/content/views/toc';
import { createTranslator, dictionaries } from '../../src/i18n';
import { PAGE_SECTIONS, SECTION_KEYS } from '../../src/content/views/sections';

const body: HeadingInfo[] = [
  { depth: 3, slug: 'problem', text: '課題' },
  { depth: 3, slug: 'method', text: '手法#' },
  { depth: 4, slug: '部分空間の検出', text: '部分空間の検出' },
  { depth: 3, slug: 'results', text: ' 結果 ' },
  { depth: 2, slug: 'stray', text: 'Stray' },
  { depth: 3, slug: 'limitations', text: '限界' },
];

describe('paperToc', () => {
  test.each(['ja', 'en'] as const)(
    'lists the page sections in order with their %s headings',
    (lang) => {
      const dict = dictionaries[lang];
      const toc = paperToc(createTranslator(dict), body);
      expect(toc.map((i) => i.id)).toEqual([...PAGE_SECTIONS]);
      expect(toc.map((i) => i.text)).toEqual(PAGE_SECTIONS.map((id) => dict[SECTION_KEYS[id]]));
      expect(toc[0]?.text).toBe(lang === 'ja' ? '概要' : 'Summary');
    },
  );

  test('nests the body\'s demoted ## headings (depth 3) under "details", without the anchor "#"', () => {
    const details = paperToc(createTranslator(dictionaries.ja), body).find(
      (i) => i.id === 'details',
    );
    expect(details?.children).toEqual([
      { id: 'problem', text: '課題', children: [] },
      { id: 'method', text: '手法', children: [] },
      { id: 'results', text: '結果', children: [] },
      { id: 'limitations', text: '限界', children: [] },
    ]);
  });

  test('gives every other section no children, and "details" none for an empty body', () => {
    const toc = paperToc(createTranslator(dictionaries.en), body);
    for (const item of toc.filter((i) => i.id !== 'details')) expect(item.children).toEqual([]);
    const empty = paperToc(createTranslator(dictionaries.en), []);
    expect(empty.find((i) => i.id === 'details')?.children).toEqual([]);
  });
});
