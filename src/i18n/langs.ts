/** Languages of the site; the first is the default edition served at `/`. */
export const LANGS = ['ja', 'en'] as const;
/** One edition of the site. */
export type Lang = (typeof LANGS)[number];
