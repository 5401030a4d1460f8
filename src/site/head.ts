/**
 * The parts of `<head>` this site adds to every indexable page beyond title and canonical URL:
 * Open Graph / Twitter tags with the page's card, the edition's feed, the manifest and icons.
 * Built as plain objects; BaseLayout only renders them.
 */
import { ICONS, MANIFEST_PATH, feedPath } from './discovery';
import { absoluteUrl } from './meta';
import { withBase } from './routes';
import { cardPath, socialTags, type SocialInput } from './social';

export interface HeadInput extends Omit<SocialInput, 'url' | 'image'> {
  /** Root-relative path of the page without the base. */
  path: string;
  site: string;
  base: string;
  /** The feed's title in this edition. */
  feedTitle: string;
  /** Path of the page whose card this page shows (default: its own; list pages share one). */
  cardOf?: string;
}

/** Head links and meta tags for one page. */
export function headParts({ path, site, base, feedTitle, cardOf, ...page }: HeadInput) {
  return {
    social: socialTags({
      ...page,
      url: absoluteUrl(site, base, path),
      image: absoluteUrl(site, base, cardPath(cardOf ?? path)),
    }),
    feed: { href: withBase(base, feedPath(page.lang)), title: feedTitle },
    manifest: withBase(base, MANIFEST_PATH),
    icons: ICONS.filter((i) => i.rel !== 'manifest').map((i) => ({
      rel: i.rel,
      href: withBase(base, `/${i.file}`),
      sizes: `${i.size}x${i.size}`,
    })),
  };
}
