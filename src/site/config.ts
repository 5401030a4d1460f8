/**
 * Site-wide settings: the one place for the public URL, base path and editions.
 * `SITE_URL` and `BASE_PATH` environment variables override the defaults at build time.
 */
import type { Lang } from '../i18n/langs';

/** Normalises a base path to the form "/" or "/sub/path/". */
function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const siteConfig = {
  /** Public origin used for canonical URLs, feeds and the sitemap. */
  url: process.env.SITE_URL ?? 'https://ntt-iclr2025-digest.example.org',
  /** Path prefix when the site is hosted below the origin's root (e.g. "/iclr2025/"). */
  base: normaliseBase(process.env.BASE_PATH),
  /** The edition served at the root; other editions live under "/<lang>/". */
  defaultLang: 'ja' as Lang,
  /** The NTT news item this digest is built from. */
  sourceArticle: 'https://group.ntt/jp/topics/2025/04/22/iclr2025.html',
  /** Time zone used for every date shown on the site. */
  timeZone: 'Asia/Tokyo',
} as const;
