/**
 * Card paths and Open Graph / Twitter tags (src/site/social.ts).
 */
import { describe, expect, test } from 'vitest';
import { cardId, cardPath, socialTags } from '../../src/site/social';

describe('cardPath', () => {
  test.each([
    ['/', '/og/index.png'],
    ['/en/', '/og/en.png'],
    ['/papers/x/', '/og/papers/x.png'],
    ['/en/papers/x/', '/og/en/papers/x.png'],
    ['/en/search/', '/og/en/search.png'],
  ])('%s → %s', (path, expected) => {
    expect(cardPath(path)).toBe(expected);
  });
  test('gives each page its own id', () => {
    expect(new Set(['/', '/en/', '/search/', '/en/search/'].map(cardId)).size).toBe(4);
  });
});

describe('socialTags', () => {
  const tags = socialTags({
    lang: 'ja',
    title: 'タイトル',
    description: '説明',
    url: 'https://example.org/papers/x/',
    image: 'https://example.org/og/papers/x.png',
    imageAlt: 'alt',
    siteName: 'サイト',
    type: 'article',
  });
  const get = (key: string) =>
    tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;

  test('has the Open Graph basics with absolute URLs and the image size', () => {
    expect([
      get('og:type'),
      get('og:title'),
      get('og:url'),
      get('og:image'),
      get('og:image:width'),
      get('og:image:height'),
    ]).toEqual([
      'article',
      'タイトル',
      'https://example.org/papers/x/',
      'https://example.org/og/papers/x.png',
      '1200',
      '630',
    ]);
    expect([get('og:locale'), get('og:locale:alternate')]).toEqual(['ja_JP', 'en_US']);
  });

  test('has a large Twitter card with the same image and alt text', () => {
    expect([get('twitter:card'), get('twitter:image'), get('twitter:image:alt')]).toEqual([
      'summary_large_image',
      'https://example.org/og/papers/x.png',
      'alt',
    ]);
  });
});
