/**
 * The search's side data for one edition (served as JSON next to the pages). Pure.
 */
import type { GlossaryEntry } from '../../content/schema';
import type { PaperView } from '../../content/views/papers';
import { synonymTable, type SynonymEntry } from '../engine/expand';

export interface SearchData {
  synonyms: SynonymEntry[];
  /** The values of each filter, in display order. */
  filters: { tag: string[]; lab: string[] };
}

export function searchData(
  glossary: Record<string, GlossaryEntry>,
  papers: readonly PaperView[],
): SearchData {
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    synonyms: synonymTable(glossary),
    filters: {
      tag: unique(papers.flatMap((p) => p.tags.map((t) => t.label))),
      lab: unique(papers.flatMap((p) => p.labs.map((l) => l.label))),
    },
  };
}
