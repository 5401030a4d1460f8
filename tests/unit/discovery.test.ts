/**
 * Feeds (src/content/views/feeds.ts), the sitemap settings, robots.txt and the manifest
 * (src/site/discovery.ts), and the RSS that
 * @astrojs/rss writes from the feed items.
 */
import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { feedItems } from '../../src/content/views/feeds';
import {
  feedPath,
  robotsTxt,
  sitemapI18n,
  webManifest,
  withXDefault,
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
    const items = feedItems(papers('en'), absolute, 'Key points');
    expect(items.map((i) => i.link)).toEqual([
      'https://example.org/iclr2025/en/papers/test-time-adaptation-regression/',
      'https://example.org/iclr2025/en/papers/second-paper/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Test-time Adaptation for Regression',
      description: 'A description.\n\nKey points\n1. P\n2. I\n3. E',
      categories: ['Test-time adaptation', 'Regression', 'Distribution shift'],
    });
  });

  test('becomes an RSS document with one escaped item per paper', async () => {
    const items = feedItems(
      [
        sampleView('ja'),
        { ...sampleView('ja'), prose: { ...sampleView('ja').prose, title: 'A & B <C>' } },
      ],
      absolute,
      '3つの要点',
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

describe('sitemap settings', () => {
  test('the i18n option names each edition by its URL prefix and hreflang, Japanese by default', () => {
    expect(sitemapI18n(['ja', 'en'], 'ja')).toEqual({
      defaultLocale: 'ja',
      locales: { ja: 'ja', en: 'en' },
    });
  });

  test("withXDefault adds the default edition as x-default, as the pages' heads do, and leaves a page without editions as it is", () => {
    const item = {
      url: 'https://example.org/iclr2025/en/papers/x/',
      links: [
        { lang: 'ja', url: 'https://example.org/iclr2025/papers/x/' },
        { lang: 'en', url: 'https://example.org/iclr2025/en/papers/x/' },
      ],
    };
    expect(withXDefault(item, 'ja').links).toEqual([
      ...item.links,
      { lang: 'x-default', url: 'https://example.org/iclr2025/papers/x/' },
    ]);
    const only = { url: 'https://example.org/only/' };
    expect(withXDefault(only, 'ja')).toBe(only);
    const english = {
      url: 'https://example.org/en/x/',
      links: [{ lang: 'en', url: 'https://example.org/en/x/' }],
    };
    expect(withXDefault(english, 'ja')).toBe(english);
  });
});

describe('robotsTxt and webManifest', () => {
  test('robots.txt allows crawling and names the sitemap', () => {
    expect(robotsTxt('https://example.org/iclr2025/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/iclr2025/sitemap-index.xml\n',
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
