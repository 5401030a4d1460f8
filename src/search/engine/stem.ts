/**
 * An inflectional English stemmer: steps 1a–1c and 5 of Porter's algorithm (M. F. Porter, "An
 * algorithm for suffix stripping", 1980), without its derivational steps 2–4. Plurals, verb
 * endings (-ed, -ing) and a final -e are removed, so "matching", "matches" and "matched" meet at
 * "match" and "merge" meets "merging" at "merg"; but "positive", "positional" and "position"
 * stay apart, where full Porter sends all three to "posit" and a search for "positive" found the
 * positional-encoding paper first. Pure; expects a lower-case word of the letters a–z.
 */

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  // "y" is a vowel after a consonant ("fly"), a consonant at the start or after a vowel ("toy").
  return c === 'y' && i > 0 && !isVowelAt(w, i - 1);
};

/** Porter's m: the number of vowel-consonant sequences in the stem. */
export function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const v = isVowelAt(stem, i);
    if (prevVowel && !v) m++;
    prevVowel = v;
  }
  return m;
}

const hasVowel = (stem: string): boolean => [...stem].some((_, i) => isVowelAt(stem, i));

/** Ends in a double consonant ("*d"). */
const endsDouble = (w: string): boolean =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && !isVowelAt(w, w.length - 1);

/** Ends consonant-vowel-consonant, the last not w, x or y ("*o"): "hop", not "how". */
const endsCvc = (w: string): boolean => {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1] as string;
  return (
    !isVowelAt(w, n - 3) && isVowelAt(w, n - 2) && !isVowelAt(w, n - 1) && !'wxy'.includes(last)
  );
};

/** sses → ss, ies → i, ss stays, s → (nothing). */
const step1a = (w: string): string => w.replace(/(ss|i)es$|([^s])s$/, '$1$2');

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let stem: string | undefined;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) stem = w.slice(0, -3);
  if (stem === undefined) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  if (endsDouble(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

const step1c = (w: string): string =>
  w.endsWith('y') && hasVowel(w.slice(0, -1)) ? `${w.slice(0, -1)}i` : w;

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const stem = out.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) out = stem;
  }
  if (measure(out) > 1 && endsDouble(out) && out.endsWith('l')) out = out.slice(0, -1);
  return out;
}

/** The stem of a lower-case word of a–z; words of one or two letters are kept as they are. */
export function lightStem(word: string): string {
  if (word.length <= 2) return word;
  return step5(step1c(step1b(step1a(word))));
}
