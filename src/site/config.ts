/**
 * Site-wide settings: the one place for the public URL, base path and editions.
 * `SITE_URL` (the public origin) and `BASE_PATH` come from the environment. A production build
 * (`astro build`, so `npm run build`) needs `SITE_URL` and fails without it (the check is
 * `siteUrlRequired` in src/integrations/site-url.ts, which calls `resolveSiteUrl`); the dev server,
 * `astro check` and the tests use `LOCAL_SITE_URL`, and `npm run build -- --local` (what
 * `npm start` and `npm test` run) builds for it when `SITE_URL` is not set.
 */
import type { Lang } from '../i18n/langs';

/** Normalises a base path to the form "/" or "/sub/path/". */
function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The origin of a local build: `astro dev` and `astro preview` serve on this port. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * The public origin from `SITE_URL` ("https://host" or "http://host:port", a trailing slash is
 * dropped). Without it a production build (`command` "build") throws a message saying what to
 * set; anything else gets `LOCAL_SITE_URL`. A value that is not a bare http(s) origin throws.
 */
export function resolveSiteUrl(value: string | undefined, command?: string): string {
  const raw = value?.trim() ?? '';
  if (!raw) {
    if (command === 'build')
      throw new Error(
        `SITE_URL is not set. A production build needs the site's public origin, used in canonical links, Open Graph tags, social cards, the sitemap, the feeds and the citations: run e.g. \`SITE_URL=https://digest.example.org npm run build\`. For a build to try locally, \`npm run build -- --local\` (or \`npm start\`) uses ${LOCAL_SITE_URL}.`,
      );
    return LOCAL_SITE_URL;
  }
  const url = URL.parse(raw);
  if (!url)
    throw new Error(
      `SITE_URL "${raw}" is not a URL: give an origin such as https://digest.example.org`,
    );
  if (
    !/^https?:$/.test(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username
  )
    throw new Error(
      `SITE_URL "${raw}" must be an origin such as https://digest.example.org (http or https, no path: set a sub-path with BASE_PATH)`,
    );
  return url.origin;
}

export const siteConfig = {
  /** Public origin used for canonical URLs, feeds and the sitemap (see `resolveSiteUrl`). */
  url: resolveSiteUrl(process.env.SITE_URL),
  /** Path prefix when the site is hosted below the origin's root (e.g. "/iclr2025/"). */
  base: normaliseBase(process.env.BASE_PATH),
  /** The content folder (`CONTENT_DIR`: test fixtures, generated corpora), relative to the project. */
  contentDir: process.env.CONTENT_DIR ?? './content',
  /** The edition served at the root; other editions live under "/<lang>/". */
  defaultLang: 'ja' as Lang,
  /** The NTT news item this digest is built from. */
  sourceArticle: 'https://group.ntt/jp/topics/2025/04/22/iclr2025.html',
  /** Time zone used for every date shown on the site. */
  timeZone: 'Asia/Tokyo',
} as const;
