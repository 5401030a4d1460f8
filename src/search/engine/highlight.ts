/**
 * Where search terms occur in a text, for marking them in excerpts and on the page a search
 * result opens. Pure.
 */

/** A letter or digit of a Latin-script (space-separated) word. */
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/**
 * Non-overlapping [start, end) ranges of `terms` in `text`, in order. Matching ignores case and
 * compares NFKC forms, so a full-width query still marks the half-width text. A Latin term
 * matches only at the start of a word and marks the whole word, so the stem "match" marks
 * "matching" and never the middle of "mismatch".
 */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const hay = text.toLowerCase();
  const needles = [
    ...new Set(terms.map((t) => t.normalize('NFKC').toLowerCase().trim()).filter(Boolean)),
  ].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const needle of needles) {
    const latin = LATIN.test(needle[0] ?? '');
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      let end = at + needle.length;
      if (latin) {
        if (at > 0 && LATIN.test(hay[at - 1] ?? '')) continue;
        while (end < hay.length && LATIN.test(hay[end] ?? '')) end++;
      }
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
