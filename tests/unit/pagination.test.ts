import { describe, expect, test } from 'vitest';
import {
  HOME_LIMIT,
  homeSelection,
  pageNumbers,
  paginate,
  papersByTag,
  papersListPath,
  PER_PAGE,
  tagPath,
} from '../../src/site/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  test('splits 1,000 items into pages of 24 with positions', () => {
    const pages = paginate(range(1000), PER_PAGE);
    expect(pages).toHaveLength(42);
    expect(pages[0]).toMatchObject({ page: 1, pages: 42, from: 1, to: 24, total: 1000 });
    expect(pages[41]).toMatchObject({ page: 42, from: 985, to: 1000 });
    expect(pages.flatMap((p) => p.items)).toEqual(range(1000));
  });
  test('four papers fit on one page; an empty list has one empty page', () => {
    expect(paginate(range(4))).toEqual([
      { page: 1, pages: 1, items: [1, 2, 3, 4], from: 1, to: 4, total: 4 },
    ]);
    expect(paginate([])).toEqual([{ page: 1, pages: 1, items: [], from: 0, to: 0, total: 0 }]);
  });
  test('rejects a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/perPage/);
  });
});

describe('homeSelection', () => {
  test('the four real papers are all shown with no "more" link; a thousand show the first twelve and the link', () => {
    expect(homeSelection(range(4))).toEqual({ shown: [1, 2, 3, 4], more: false });
    expect(homeSelection(range(1000))).toEqual({ shown: range(HOME_LIMIT), more: true });
    // Exactly as many as fit: all shown, no link to a list that would show nothing more.
    expect(homeSelection(range(HOME_LIMIT)).more).toBe(false);
    expect(homeSelection(range(HOME_LIMIT + 1)).more).toBe(true);
  });
});

describe('pageNumbers', () => {
  test.each<[number, number, (number | null)[]]>([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [6, 40, [1, null, 5, 6, 7, null, 40]],
    [1, 40, [1, 2, null, 40]],
    [40, 40, [1, null, 39, 40]],
    [3, 40, [1, 2, 3, 4, null, 40]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i', (current, pages, expected) =>
    expect(pageNumbers(current, pages)).toEqual(expected),
  );
});

describe('paths', () => {
  test('the full list and topic lists in both editions', () => {
    expect(papersListPath('ja')).toBe('/papers/');
    expect(papersListPath('en', 1)).toBe('/en/papers/');
    expect(papersListPath('en', 3)).toBe('/en/papers/page/3/');
    expect(tagPath('ja', 'diffusion-models')).toBe('/tags/diffusion-models/');
    expect(tagPath('en', 'diffusion-models', 2)).toBe('/en/tags/diffusion-models/page/2/');
  });
});

describe('papersByTag', () => {
  test('groups papers by tag, keeping their order', () => {
    const a = { id: 'a', tags: [{ key: 'x' }, { key: 'y' }] };
    const b = { id: 'b', tags: [{ key: 'y' }] };
    const c = { id: 'c', tags: [{ key: 'x' }] };
    const groups = papersByTag([a, b, c]);
    expect([...groups.keys()]).toEqual(['x', 'y']);
    expect(groups.get('x')).toEqual([a, c]);
    expect(groups.get('y')).toEqual([a, b]);
  });
});
