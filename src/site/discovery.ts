/**
 * Files that help readers and machines find the site: RSS feeds per edition, the settings of
 * the sitemap (written by `@astrojs/sitemap`, configured in `astro.config.ts`), robots.txt, the
 * web app manifest and its icons. Pure builders; the routes in `src/pages/` call them.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import type { Lang } from '../i18n/langs';
import { langRoot } from './routes';

/** The RSS feed of an edition: "/rss.xml" or "/en/rss.xml" (without the base). */
export const feedPath = (lang: Lang): string => `${langRoot(lang)}rss.xml`;

/** Root-relative path of the web app manifest. */
export const MANIFEST_PATH = '/manifest.webmanifest';

/**
 * The PNG icons: static files in `public/` (drawn once from the design of `public/favicon.svg`,
 * a blue rounded square reading "ICLR"), for browser tabs, iOS home screens and the manifest.
 * `tests/unit/icons.test.ts` checks that each file exists at its size.
 */
export const ICONS = [
  { file: 'favicon-32.png', size: 32, rel: 'icon' },
  { file: 'apple-touch-icon.png', size: 180, rel: 'apple-touch-icon' },
  { file: 'icon-192.png', size: 192, rel: 'manifest' },
  { file: 'icon-512.png', size: 512, rel: 'manifest' },
] as const;

/**
 * The sitemap `@astrojs/sitemap` writes (an index pointing at `sitemap-0.xml`, …), root-relative
 * without the base.
 */
export const SITEMAP_PATH = '/sitemap-index.xml';

/**
 * `@astrojs/sitemap`'s `i18n` option: each edition by its URL prefix ("en" for "/en/…"; the
 * default edition, at the root, has none) and its `hreflang`, so every page lists its editions.
 */
export function sitemapI18n(langs: readonly Lang[], defaultLang: Lang) {
  return { defaultLocale: defaultLang, locales: Object.fromEntries(langs.map((l) => [l, l])) };
}

/**
 * Adds the `x-default` alternate to a sitemap entry with editions: the default edition's URL,
 * the same as each page's `<link rel="alternate" hreflang="x-default">` (see `meta.ts`).
 */
export function withXDefault<T extends SitemapItem>(item: T, defaultLang: Lang): T {
  const fallback = item.links?.find((l) => l.lang === defaultLang);
  if (!item.links || !fallback) return item;
  return { ...item, links: [...item.links, { lang: 'x-default', url: fallback.url }] };
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: Lang;
  /** The base path; start URL and scope are the site's root below it. */
  base: string;
  /** Icon paths with the base already applied. */
  icons: { src: string; sizes: string; purpose?: string }[];
}

/** The web app manifest (W3C Web Application Manifest) as an object. */
export function webManifest(input: ManifestInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: input.base,
    scope: input.base,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0b57d0',
    icons: input.icons.map((i) => ({ ...i, type: 'image/png' })),
  };
}
