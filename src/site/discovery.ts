/**
 * Files that help readers and machines find the site: RSS feeds per edition, the sitemap with
 * `hreflang` alternates, robots.txt and the web app manifest. Pure builders; the routes in
 * `src/pages/` and the sitemap hook in `src/integrations/site-files.ts` call them.
 */
import type { Lang } from '../content/schema';
import type { PaperView } from '../content/views/papers';
import type { CorrectionItem } from '../content/views/provenance';
import { correctionsPath, langRoot, paperPath } from './routes';

/** The RSS feed of an edition: "/rss.xml" or "/en/rss.xml" (without the base). */
export const feedPath = (lang: Lang): string => `${langRoot(lang)}rss.xml`;

/** Root-relative path of the web app manifest. */
export const MANIFEST_PATH = '/manifest.webmanifest';

/** One feed item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
  /** When the item was published (corrections carry their date; papers have none). */
  pubDate?: Date;
}

/** The feed items of one edition: every paper, in display order, with absolute links. */
export function feedItems(
  papers: readonly PaperView[],
  absolute: (path: string) => string,
): FeedItem[] {
  return papers.map((p) => ({
    title: p.prose.title,
    link: absolute(paperPath(p.lang, p.slug)),
    description: p.prose.description,
    categories: p.tags.map((t) => t.label),
  }));
}

/**
 * The feed items of an edition's corrections log, newest first: each links to its entry on the
 * corrections page and carries its date. `title` names the correction (its page and date);
 * `whyLabel` introduces the reason in the description.
 */
export function correctionFeedItems(
  items: readonly CorrectionItem[],
  lang: Lang,
  absolute: (path: string) => string,
  title: (item: CorrectionItem) => string,
  whyLabel: string,
): FeedItem[] {
  return items.map((c) => ({
    title: title(c),
    link: `${absolute(correctionsPath(lang))}#${c.id}`,
    description: `${c.what} ${whyLabel}${c.why}`,
    categories: [],
    pubDate: new Date(`${c.date}T00:00:00Z`),
  }));
}

/** A page of the sitemap: its canonical URL and the URLs of its editions. */
export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );

/** A sitemap (sitemaps.org) whose entries carry `xhtml:link` hreflang alternates. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map((e) =>
      [
        '  <url>',
        `    <loc>${xmlEscape(e.loc)}</loc>`,
        ...e.alternates.map(
          (a) =>
            `    <xhtml:link rel="alternate" hreflang="${xmlEscape(a.hreflang)}" href="${xmlEscape(a.href)}"/>`,
        ),
        '  </url>',
      ].join('\n'),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Reads a built page's canonical URL and its `hreflang` alternates from its HTML; pages
 * without a canonical link (the 404 pages, which are `noindex`) give `undefined`.
 */
export function sitemapEntryFromHtml(html: string): SitemapEntry | undefined {
  const attrs = (tag: string): Record<string, string | undefined> =>
    Object.fromEntries(
      [...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m): [string, string] => [
        m[1] ?? '',
        m[2] ?? '',
      ]),
    );
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => attrs(m[0]));
  const canonical = links.find((l) => l['rel'] === 'canonical')?.['href'];
  if (!canonical) return undefined;
  const unescape = (s: string) => s.replace(/&amp;/g, '&');
  const alternates = links
    .filter((l) => l['rel'] === 'alternate' && l['hreflang'] && l['href'])
    .map((l) => ({ hreflang: l['hreflang'] as string, href: unescape(l['href'] as string) }));
  return { loc: unescape(canonical), alternates };
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
