/**
 * The search's side data for one edition (served as JSON next to the pages): the glossary's
 * names and definitions, and the filter values. Pure.
 */
import type { GlossaryEntry } from '../../content/schema';
import type { PaperView } from '../../content/views/papers';
import { synonymTable, type SynonymEntry } from '../engine/expand';
import type { Lang } from '../../i18n/langs';
import { glossaryPath, withBase } from '../../site/routes';
import { siteConfig } from '../../site/config';

export interface SearchData {
  synonyms: SynonymEntry[];
  /** The edition's glossary page (entries are `#<id>` on it), when definitions are included. */
  glossary?: string;
  /** The values of each filter, in display order. */
  filters: { tag: string[]; lab: string[] };
}

export function searchData(
  glossary: Record<string, GlossaryEntry>,
  papers: readonly PaperView[],
  lang: Lang,
): SearchData {
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    synonyms: synonymTable(glossary, lang),
    glossary: withBase(siteConfig.base, glossaryPath(lang)),
    filters: {
      tag: unique(papers.flatMap((p) => p.tags.map((t) => t.label))),
      lab: unique(papers.flatMap((p) => p.labs.map((l) => l.label))),
    },
  };
}
