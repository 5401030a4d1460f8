/**
 * Head metadata built as plain objects: the document title, canonical URL and `hreflang`
 * alternates of a page in both editions.
 */
import { LANGS, type Lang } from '../i18n/langs';
import { translatePath, withBase } from './routes';

export interface PageMetaInput {
  lang: Lang;
  title: string;
  siteName: string;
  /** Root-relative path without the base. */
  path: string;
  site: string;
  base: string;
}

/** An absolute URL for a root-relative path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

export function pageMeta({ lang, title, siteName, path, site, base }: PageMetaInput) {
  const href = (l: Lang) => absoluteUrl(site, base, translatePath(path, l));
  return {
    title: title === siteName ? title : `${title} | ${siteName}`,
    canonical: href(lang),
    alternates: [
      ...LANGS.map((l) => ({ hreflang: l, href: href(l) })),
      { hreflang: 'x-default', href: href('ja') },
    ],
  };
}
