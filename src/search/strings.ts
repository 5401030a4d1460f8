import { dictionaries } from '../i18n';
import type { Lang } from '../i18n/langs';

/**
 * The search UI's status lines in an edition (the dialog's and the search page's), as templates
 * whose {placeholders} the browser fills (ui/url.ts).
 */
export function searchStrings(lang: Lang): Record<string, string> {
  const d = dictionaries[lang];
  return {
    noResults: d['search.noResults'],
    results: d['search.results'],
    resultOne: d['search.resultOne'],
    unavailable: d['search.unavailable'],
    corrected: d['search.corrected'],
    glossary: d['search.glossaryMatch'],
  };
}
