/**
 * Where an edition's search files live below the site's base: one place for the builder, the
 * first-load preloader and the engine. Pure and tiny (it ships in the first-load script).
 */

/** The folder of the search index in the build. */
export const SEARCH_INDEX_DIR = 'search-index';

/** The edition's index folder, e.g. `/search-index/ja/` (with a trailing slash). */
export const searchIndexUrl = (base: string, lang: string): string =>
  `${base}${SEARCH_INDEX_DIR}/${lang}/`;

/** The edition's glossary and filter data (`src/pages/[...locale]/search-data.json.ts`). */
export const searchDataUrl = (base: string, lang: string): string =>
  `${base}${lang === 'en' ? 'en/' : ''}search-data.json`;
