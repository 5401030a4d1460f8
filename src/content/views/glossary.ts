/**
 * The glossary as pages show it. Pure: the content adapter feeds it the collection's data.
 */
import type { GlossaryEntry } from '../schema';
import type { Lang } from '../../i18n/langs';
import { glossaryPath, withBase } from '../../site/routes';

/** The link to one entry on an edition's glossary page. */
export function glossaryHref(lang: Lang, id: string, base: string): string {
  return `${withBase(base, glossaryPath(lang))}#${id}`;
}

/**
 * Entries of one edition, ordered by reading (Japanese) or by English term: the term in the
 * edition's language, the term in the other language, and the Japanese term's reading, shown in
 * the Japanese edition only, and only for a term written in Japanese.
 */
export function glossaryItems(entries: Record<string, GlossaryEntry>, lang: Lang) {
  const items = Object.entries(entries).map(([id, e]) => ({
    id,
    term: lang === 'ja' ? e.term : e.en,
    other: lang === 'ja' ? e.en : e.term,
    ...(lang === 'ja' && e.reading ? { reading: e.reading } : {}),
    abbreviations: e.abbreviations,
    definition: e.definition[lang],
    papers: e.papers,
  }));
  const collator = new Intl.Collator(lang === 'ja' ? 'ja' : 'en', { sensitivity: 'base' });
  // A Japanese term sorts by its reading; one in Latin letters (ALiBi) by itself.
  return items.sort((a, b) =>
    lang === 'ja'
      ? collator.compare(a.reading ?? a.term, b.reading ?? b.term)
      : collator.compare(a.term, b.term),
  );
}
