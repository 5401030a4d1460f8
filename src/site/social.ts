/**
 * Social-sharing metadata: the card image of every page and its Open Graph and Twitter tags,
 * built as plain objects that the layout renders as `<meta>` elements.
 */
import type { Lang } from '../i18n/langs';

/** Card images are 1200×630, the size Open Graph and Twitter's large card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The card id of a page (root-relative path without the base): "/" → "index",
 * "/en/" → "en", "/papers/x/" → "papers/x", "/en/papers/x/" → "en/papers/x".
 */
export function cardId(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The card image's root-relative path for a page, e.g. "/og/papers/x.png". */
export const cardPath = (path: string): string => `/og/${cardId(path)}.png`;

export interface SocialInput {
  lang: Lang;
  /** The full document title. */
  title: string;
  description: string;
  /** Canonical URL of the page. */
  url: string;
  /** Absolute URL of the card image. */
  image: string;
  /** Text alternative of the card image. */
  imageAlt: string;
  siteName: string;
  /** `article` for a paper page, `website` otherwise. */
  type: 'article' | 'website';
}

/** One `<meta>` element: Open Graph uses `property`, Twitter uses `name`. */
type MetaTag = { property: string; content: string } | { name: string; content: string };

const OG_LOCALE: Record<Lang, string> = { ja: 'ja_JP', en: 'en_US' };

/** Open Graph and Twitter card tags for a page. */
export function socialTags(input: SocialInput): MetaTag[] {
  const other: Lang = input.lang === 'ja' ? 'en' : 'ja';
  return [
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.url },
    { property: 'og:locale', content: OG_LOCALE[input.lang] },
    { property: 'og:locale:alternate', content: OG_LOCALE[other] },
    { property: 'og:image', content: input.image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD_SIZE.width) },
    { property: 'og:image:height', content: String(CARD_SIZE.height) },
    { property: 'og:image:alt', content: input.imageAlt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: input.image },
    { name: 'twitter:image:alt', content: input.imageAlt },
  ];
}
