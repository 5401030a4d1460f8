/**
 * The head parts every indexable page gets (src/site/head.ts), at the root and under a base.
 */
import { describe, expect, test } from 'vitest';
import { headParts } from '../../src/site/head';

const input = {
  lang: 'en' as const,
  title: 'T | Site',
  description: 'D',
  path: '/en/papers/x/',
  site: 'https://example.org',
  siteName: 'Site',
  feedTitle: 'Feed',
  imageAlt: 'Card',
  type: 'article' as const,
};
const content = (parts: ReturnType<typeof headParts>, key: string) =>
  parts.social.find((m) => ('property' in m ? m.property : m.name) === key)?.content;

describe('headParts', () => {
  test.each([
    [
      '/',
      'https://example.org/en/papers/x/',
      'https://example.org/og/en/papers/x.png',
      '/en/rss.xml',
      '/manifest.webmanifest',
    ],
    [
      '/iclr2025/',
      'https://example.org/iclr2025/en/papers/x/',
      'https://example.org/iclr2025/og/en/papers/x.png',
      '/iclr2025/en/rss.xml',
      '/iclr2025/manifest.webmanifest',
    ],
  ])('under base %s every URL carries the base', (base, url, image, feed, manifest) => {
    const parts = headParts({ ...input, base });
    expect([
      content(parts, 'og:url'),
      content(parts, 'og:image'),
      content(parts, 'twitter:image'),
    ]).toEqual([url, image, image]);
    expect([parts.feed.href, parts.manifest]).toEqual([feed, manifest]);
    expect(parts.icons.every((i) => i.href.startsWith(base))).toBe(true);
  });

  test('lists the tab icon and the Apple touch icon with their sizes', () => {
    expect(headParts({ ...input, base: '/' }).icons).toEqual([
      { rel: 'icon', href: '/favicon-32.png', sizes: '32x32' },
      { rel: 'apple-touch-icon', href: '/apple-touch-icon.png', sizes: '180x180' },
    ]);
  });
});
