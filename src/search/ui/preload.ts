import { searchDataUrl, searchIndexUrl } from '../engine/paths';

/**
 * Asks for the index's meta file and the glossary data of the page's edition at once, so they
 * arrive in parallel with the search code (the dialog's loader and the search page both call it).
 */
export function preloadSearchData(base: string): void {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  for (const href of [`${searchIndexUrl(base, lang)}meta.json`, searchDataUrl(base, lang)]) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}
