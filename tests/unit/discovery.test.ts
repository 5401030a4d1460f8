/**
 * Feeds, sitemap, robots.txt and the manifest (src/site/discovery.ts), and the RSS that
 * @astrojs/rss writes from the feed items.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import {
  feedItems,
  feedPath,
  robotsTxt,
  sitemapEntryFromHtml,
  sitemapXml,
  webManifest,
} from '../../src/site/discovery';
import { absoluteUrl } from '../../src/site/meta';
import { sampleView } from './support/paper-view';

const SITE = 'https://example.org';
const BASE = '/iclr2025/';
const absolute = (path: string) => absoluteUrl(SITE, BASE, path);
const papers = (lang: 'ja' | 'en') => [
  sampleView(lang),
  sampleView(lang, { order: 2 }, 'second-paper'),
];

describe('feedPath', () => {
  test('gives each edition its own feed', () => {
    expect([feedPath('ja'), feedPath('en')]).toEqual(['/rss.xml', '/en/rss.xml']);
  });
});

describe('feedItems', () => {
  test('lists every paper of the edition with an absolute link under the base', () => {
    const items = feedItems(papers('en'), absolute);
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/iclr2025/en/papers/test-time-adaptation-regression/',
      'https://example.org/iclr2025/en/papers/second-paper/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Test-time Adaptation for Regression',
      description: 'A description.',
      categories: ['Regression'],
    });
  });

  test('becomes an RSS document with one escaped item per paper', async () => {
    const items = feedItems(
      [
        sampleView('ja'),
        { ...sampleView('ja'), prose: { ...sampleView('ja').prose, title: 'A & B <C>' } },
      ],
      absolute,
    );
    const xml = await getRssString({
      title: 'Feed',
      description: 'D',
      site: absolute('/'),
      items,
      customData: '<language>ja</language>',
    });
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain(
      '<link>https://example.org/iclr2025/papers/test-time-adaptation-regression/</link>',
    );
    expect(xml).toContain('A &amp; B &lt;C&gt;');
    expect(xml).toContain('<language>ja</language>');
  });
});

describe('sitemap', () => {
  const html = `<head><link rel="canonical" href="https://example.org/iclr2025/papers/x/">
    <link rel="alternate" hreflang="ja" href="https://example.org/iclr2025/papers/x/">
    <link rel="alternate" hreflang="en" href="https://example.org/iclr2025/en/papers/x/">
    <link rel="alternate" hreflang="x-default" href="https://example.org/iclr2025/papers/x/">
    <link rel="alternate" type="application/rss+xml" title="Feed" href="/iclr2025/rss.xml"></head>`;

  test('reads the canonical URL and hreflang alternates of a page, ignoring the feed link', () => {
    expect(sitemapEntryFromHtml(html)).toEqual({
      loc: 'https://example.org/iclr2025/papers/x/',
      alternates: [
        { hreflang: 'ja', href: 'https://example.org/iclr2025/papers/x/' },
        { hreflang: 'en', href: 'https://example.org/iclr2025/en/papers/x/' },
        { hreflang: 'x-default', href: 'https://example.org/iclr2025/papers/x/' },
      ],
    });
  });

  test('skips pages without a canonical URL (noindex)', () => {
    expect(
      sitemapEntryFromHtml('<head><meta name="robots" content="noindex"></head>'),
    ).toBeUndefined();
  });

  test('writes sorted <url> entries with xhtml:link alternates and escapes URLs', () => {
    const xml = sitemapXml([
      {
        loc: 'https://example.org/en/?a=1&b=2',
        alternates: [{ hreflang: 'en', href: 'https://example.org/en/?a=1&b=2' }],
      },
      sitemapEntryFromHtml(html)!,
    ]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
    );
    expect(xml.indexOf('/en/?a=1&amp;b=2')).toBeLessThan(xml.indexOf('/iclr2025/papers/x/'));
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/iclr2025/en/papers/x/"/>',
    );
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});

describe('robotsTxt and webManifest', () => {
  test('robots.txt allows crawling and names the sitemap', () => {
    expect(robotsTxt('https://example.org/iclr2025/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/iclr2025/sitemap.xml\n',
    );
  });

  test('the manifest starts and is scoped at the base path', () => {
    const m = webManifest({
      name: 'N',
      shortName: 'S',
      description: 'D',
      lang: 'ja',
      base: BASE,
      icons: [{ src: '/iclr2025/icon-192.png', sizes: '192x192' }],
    });
    expect(m).toMatchObject({
      start_url: '/iclr2025/',
      scope: '/iclr2025/',
      lang: 'ja',
      icons: [{ src: '/iclr2025/icon-192.png', sizes: '192x192', type: 'image/png' }],
    });
  });
});
