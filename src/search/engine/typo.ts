/**
 * A second chance for a query that finds nothing: each English word of five letters or more that
 * the edition does not use is replaced by a word it does use that is one edit away ("diffusoin"
 * → "diffusion"). Pure; the vocabulary is the index's word list (`<hash>/w.json`), most frequent
 * first, fetched only when a query has no hit.
 */

/** Words shorter than this are never corrected (too many neighbours one edit away). */
const MIN_TYPO_LENGTH = 5;

/**
 * Whether `a` becomes `b` by at most one edit: one character inserted, deleted or replaced, or
 * two neighbours swapped ("diffusoin" → "diffusion").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One replacement, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One insertion or deletion: skip a character of the longer word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether `correctQuery` could change the query: it has a Latin word of `MIN_TYPO_LENGTH` letters
 * or more (so the word list is not fetched for "w", the first letter of a word being typed).
 */
export function mayCorrect(query: string): boolean {
  return (query.match(/[A-Za-z]+/g) ?? []).some((w) => w.length >= MIN_TYPO_LENGTH);
}

/**
 * The query with its misspelt words corrected, or undefined when no word changes. A word is
 * corrected when it is Latin letters only, at least `MIN_TYPO_LENGTH` long, not itself in
 * `vocabulary`, and one edit from a word in it (the first such, so the most frequent).
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const out = query.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_TYPO_LENGTH || known.has(lower)) return word;
    const fix = vocabulary.find(
      (w) => Math.abs(w.length - lower.length) <= 1 && withinOneEdit(lower, w),
    );
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? out : undefined;
}

/**
 * The vocabulary of texts for `correctQuery`: their Latin words of `MIN_TYPO_LENGTH` letters or
 * more, lower case, most frequent first (ties in alphabetical order).
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const m of text
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/[a-z]+/g))
      if (m[0].length >= MIN_TYPO_LENGTH) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
