/**
 * The search's side data for one edition (served as JSON next to the pages). Pure.
 */
import type { GlossaryEntry } from '../content/schema';
import type { PaperView } from './papers';
import { paperPath, withBase } from './routes';
import { synonymTable, type SynonymEntry } from './search-query';

/** Pagefind filter names, as written in `data-pagefind-filter` on paper pages. */
export const FILTERS = { tag: 'tag', lab: 'lab' } as const;

export interface SearchData {
  synonyms: SynonymEntry[];
  /** Root-relative URL (with base) of each paper page, by slug: what glossary boosts rank first. */
  paperUrls: Record<string, string>;
  /** The values of each filter, in display order. */
  filters: { tag: string[]; lab: string[] };
}

export function searchData(glossary: Record<string, GlossaryEntry>, papers: readonly PaperView[], base = '/'): SearchData {
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    synonyms: synonymTable(glossary),
    paperUrls: Object.fromEntries(papers.map((p) => [p.slug, withBase(base, paperPath(p.lang, p.slug))])),
    filters: {
      tag: unique(papers.flatMap((p) => p.tags.map((t) => t.label))),
      lab: unique(papers.flatMap((p) => p.labs.map((l) => l.label))),
    },
  };
}
