/**
 * Head metadata (src/site/meta.ts): titles, canonical URLs and hreflang alternates.
 */
import { describe, expect, test } from 'vitest';
import { absoluteUrl, pageMeta } from '../../src/site/meta';

const SITE = 'https://digest.example.org';
const meta = (lang: 'ja' | 'en', path: string, base = '/', title = 't', siteName = 's') =>
  pageMeta({ lang, title, siteName, path, site: SITE, base });

describe('absoluteUrl', () => {
  test.each([
    ['/', '/', `${SITE}/`],
    ['/', '/en/papers/x/', `${SITE}/en/papers/x/`],
    ['/iclr2025/', '/', `${SITE}/iclr2025/`],
    ['/iclr2025/', '/en/search/', `${SITE}/iclr2025/en/search/`],
  ])('with base %s makes %s absolute', (base, path, expected) => {
    expect(absoluteUrl(SITE, base, path)).toBe(expected);
  });

  test('accepts a site with a trailing slash', () => {
    expect(absoluteUrl(`${SITE}/`, '/', '/papers/x/')).toBe(`${SITE}/papers/x/`);
  });
});

describe('pageMeta', () => {
  test('gives a Japanese paper page its canonical URL and both alternates plus x-default', () => {
    expect(meta('ja', '/papers/x/', '/', '論文', 'サイト')).toEqual({
      title: '論文 | サイト',
      canonical: `${SITE}/papers/x/`,
      alternates: [
        { hreflang: 'ja', href: `${SITE}/papers/x/` },
        { hreflang: 'en', href: `${SITE}/en/papers/x/` },
        { hreflang: 'x-default', href: `${SITE}/papers/x/` },
      ],
    });
  });

  test('gives an English page under a base path the same alternates, and its own canonical URL', () => {
    const { canonical, alternates } = meta('en', '/en/papers/x/', '/iclr2025/');
    expect(canonical).toBe(`${SITE}/iclr2025/en/papers/x/`);
    expect(alternates).toEqual([
      { hreflang: 'ja', href: `${SITE}/iclr2025/papers/x/` },
      { hreflang: 'en', href: `${SITE}/iclr2025/en/papers/x/` },
      { hreflang: 'x-default', href: `${SITE}/iclr2025/papers/x/` },
    ]);
  });

  test.each([
    ['ja', '/', '/'],
    ['en', '/en/', '/en/'],
    ['en', '/', '/en/'],
    ['ja', '/en/search/', '/search/'],
  ] as const)('makes the %s canonical URL of %s point at %s', (lang, path, expected) => {
    expect(meta(lang, path).canonical).toBe(`${SITE}${expected}`);
  });

  test('uses the site name alone as the home page title', () => {
    expect(meta('ja', '/', '/', 'サイト', 'サイト').title).toBe('サイト');
  });
});
