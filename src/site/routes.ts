/**
 * URL building for both editions. The default edition (Japanese) lives at the root, so links
 * shared before the English edition existed keep working; English lives under `/en/`.
 * Every function returns a path relative to the site root without the base; `withBase` adds it.
 */
import { LANGS, type Lang } from '../i18n/langs';
import { siteConfig } from './config';

const DEFAULT_LANG: Lang = 'ja';

/** "/" for the default edition, "/en/" for English. */
export function langRoot(lang: Lang): string {
  return lang === DEFAULT_LANG ? '/' : `/${lang}/`;
}

/** The home page of an edition. */
export const homePath = (lang: Lang): string => langRoot(lang);

/** A paper page, e.g. `/papers/pu-diffusion-models/` or `/en/papers/pu-diffusion-models/`. */
export const paperPath = (lang: Lang, slug: string): string => `${langRoot(lang)}papers/${slug}/`;

/** The search page of an edition. */
export const searchPath = (lang: Lang): string => `${langRoot(lang)}search/`;

/** The glossary page of an edition. */
export const glossaryPath = (lang: Lang): string => `${langRoot(lang)}glossary/`;

/** The corrections page of an edition. */
export const correctionsPath = (lang: Lang): string => `${langRoot(lang)}corrections/`;

/** The `getStaticPaths` param for `[...locale]` routes: undefined for the default edition. */
export const localeParam = (lang: Lang): string | undefined =>
  lang === DEFAULT_LANG ? undefined : lang;

/** `getStaticPaths` of a `[...locale]` route: one page per edition. */
export const localePaths = () => LANGS.map((lang) => ({ params: { locale: localeParam(lang) } }));

/** Reads the edition from a `[...locale]` param; unknown values are a programming error. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (param === 'en') return 'en';
  throw new Error(`Unknown locale "${param}"`);
}

/**
 * The not-found page of an edition. Static hosts serve the root `404.html` for any missing
 * path; the English one is an ordinary page so it can be linked.
 */
export const notFoundPath = (lang: Lang): string =>
  lang === DEFAULT_LANG ? '/404.html' : `${langRoot(lang)}404/`;

/** The same page in another edition: swaps the language prefix, keeps the rest of the path. */
export function translatePath(path: string, to: Lang): string {
  if (path === notFoundPath('ja') || path === notFoundPath('en')) return notFoundPath(to);
  const rest = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return to === DEFAULT_LANG ? rest : `/${to}${rest === '/' ? '/' : rest}`;
}

/** Prefixes a root-relative path with the site's base ("/" or "/sub/"). */
export function withBase(base: string, path: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${base.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A link's href for a root-relative path of this site: the path under its base. */
export const link = (path: string) => withBase(siteConfig.base, path);
