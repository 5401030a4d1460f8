/**
 * Where search terms occur in a text, for marking them on the page a search result opens. Pure.
 */

/**
 * Non-overlapping [start, end) ranges of `terms` in `text`, in order. Matching ignores case and
 * compares NFKC forms, so a full-width query still marks the half-width text.
 */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const hay = text.toLowerCase();
  const needles = [...new Set(terms.map((t) => t.normalize('NFKC').toLowerCase().trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const needle of needles) {
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
