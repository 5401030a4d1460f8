/**
 * The parts of `<head>` this site adds to every indexable page beyond title and canonical URL:
 * Open Graph / Twitter tags with the page's card, the edition's feed, the manifest and icons.
 * Built as plain objects; BaseLayout only renders them.
 */
import type { Lang } from '../i18n/langs';
import { ICONS, MANIFEST_PATH, feedPath } from './discovery';
import { absoluteUrl } from './meta';
import { withBase } from './routes';
import { cardPath, socialTags, type MetaTag } from './social';

export interface HeadInput {
  lang: Lang;
  /** The full document title (page title and site name). */
  title: string;
  description: string;
  /** Root-relative path of the page without the base. */
  path: string;
  site: string;
  base: string;
  siteName: string;
  /** The feed's title in this edition. */
  feedTitle: string;
  /** The card image's text alternative. */
  imageAlt: string;
  /** Path of the page whose card this page shows (default: its own; list pages share one). */
  cardOf?: string;
  type: 'article' | 'website';
}

export interface HeadParts {
  social: MetaTag[];
  feed: { href: string; title: string };
  manifest: string;
  icons: { rel: string; href: string; sizes: string }[];
}

/** Head links and meta tags for one page. */
export function headParts(input: HeadInput): HeadParts {
  const { lang, path, site, base } = input;
  return {
    social: socialTags({
      lang,
      title: input.title,
      description: input.description,
      url: absoluteUrl(site, base, path),
      image: absoluteUrl(site, base, cardPath(input.cardOf ?? path)),
      imageAlt: input.imageAlt,
      siteName: input.siteName,
      type: input.type,
    }),
    feed: { href: withBase(base, feedPath(lang)), title: input.feedTitle },
    manifest: withBase(base, MANIFEST_PATH),
    icons: ICONS.filter((i) => i.rel !== 'manifest').map((i) => ({
      rel: i.rel,
      href: withBase(base, `/${i.file}`),
      sizes: `${i.size}x${i.size}`,
    })),
  };
}
