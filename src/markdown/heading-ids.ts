/**
 * Ids for headings in content bodies. Used by the rehype plugin that writes them and by the
 * content linter that checks links to them, so both agree on every anchor.
 */
import GithubSlugger, { slug } from 'github-slugger';
import type { Lang } from '../i18n/langs';
import { dictionaries } from '../i18n';
import { DETAIL_SECTIONS, KEY_POINTS_ID, PAGE_SECTIONS } from '../content/views/sections';

/** Ids the pages themselves use; a body heading that slugs to one of these gets a suffix. */
export const RESERVED_IDS: readonly string[] = [
  ...PAGE_SECTIONS,
  KEY_POINTS_ID,
  'main-content',
  'toc',
  'intro',
  'papers',
  'comparison',
  'impact',
  'outlook',
  'about',
  'source',
  'corrections',
];

/** Creates an id generator for one document: the detail sections get fixed ids, others slugs. */
export function headingIdFactory(lang: Lang): (text: string) => string {
  const dict = dictionaries[lang];
  const fixed = new Map<string, string>(DETAIL_SECTIONS.map((id) => [dict[`paper.${id}`], id]));
  const slugger = new GithubSlugger();
  for (const id of [...RESERVED_IDS, ...DETAIL_SECTIONS]) slugger.slug(id);
  const used = new Set<string>();
  return (text: string) => {
    const id = fixed.get(text.trim());
    // A fixed id is given once; a later heading with the same text gets a numbered slug.
    if (id && !used.has(id)) {
      used.add(id);
      return id;
    }
    // An id begins with a letter (HTML validators require it): a heading that would slug to
    // "-…" or "2-…" gets a leading "h-".
    const trimmed = text.trim();
    return slugger.slug(/^\p{L}/u.test(slug(trimmed)) ? trimmed : `h ${trimmed}`);
  };
}
