/**
 * Where a paper page's statements come from and how they changed: its Sources list, the day its
 * facts were last checked, and the corrections log. Pure view builders for the paper page, the
 * corrections page and the feeds.
 */
import type { Correction, PaperFacts } from '../schema';
import type { Lang } from '../../i18n/langs';
import { longDate, noonUtc } from './papers';

/** The Sources list of a paper in one edition, in the order paper.yaml gives it. */
export function sourceItems(facts: PaperFacts, lang: Lang) {
  return facts.sources.map((s) => ({
    kind: s.kind,
    title: s.title[lang],
    ...(s.url ? { url: s.url } : {}),
    ...(s.note ? { note: s.note[lang] } : {}),
  }));
}

/** A calendar day ("2026-11-30") as "2026年11月30日" or "30 November 2026", independent of the machine's zone. */
export function formatDay(day: string, lang: Lang): string {
  // The day is a calendar date, not an instant: format it at noon UTC in UTC.
  return longDate(lang, 'UTC').format(noonUtc(day));
}

/**
 * The corrections in one edition, newest first (then by id, so equal dates keep a stable order),
 * each with its date as readers see it (`day`) and the changed words in this edition, before and
 * after (only the quotes that give this edition's words).
 */
export function correctionItems(corrections: readonly Correction[], lang: Lang) {
  return [...corrections]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((c) => ({
      id: c.id,
      date: c.date,
      day: formatDay(c.date, lang),
      ...(c.paper ? { paper: c.paper } : {}),
      what: c.what[lang],
      why: c.why[lang],
      quotes: (c.quotes ?? [])
        .map((q) => ({ before: q.before?.[lang], after: q.after?.[lang] }))
        .filter((q) => q.before !== undefined || q.after !== undefined),
    }));
}

export type SourceItem = ReturnType<typeof sourceItems>[number];
export type CorrectionItem = ReturnType<typeof correctionItems>[number];

/** The corrections about one paper, newest first. */
export function correctionsFor(corrections: readonly Correction[], slug: string, lang: Lang) {
  return correctionItems(
    corrections.filter((c) => c.paper === slug),
    lang,
  );
}
