/**
 * How text becomes search terms, shared by the index builder (at build time) and the engine in
 * the browser, so a query is always cut exactly as the pages were. Pure.
 *
 * - Text is folded first: NFKC (full-width Latin and digits become half-width, half-width
 *   katakana become full-width), lower case, dash look-alikes unified. Dakuten are kept: ガ is
 *   never カ.
 * - Latin-script words lose their inflections (`stem.ts`: Porter's steps 1 and 5 only), so
 *   "matching" finds "match", while "positive" and "positional" stay apart.
 * - Japanese has no spaces and any dictionary cuts compounds its own way (pagefind#1237), so
 *   Japanese runs are indexed as overlapping character pairs (bigrams), plus single characters
 *   for one-character queries. A query run must contain every pair; whether the pairs are
 *   adjacent is checked against the page text before a result is shown.
 */
import { lightStem } from './stem';

/** Kanji, kana and the marks that live inside Japanese words. */
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006\u30f5\u30f6]`;
// Tested on the whole run: a kanji outside the BMP (𠮷) starts with a lone surrogate unit.
const STARTS_CJK = new RegExp(`^${CJK}`, 'u');
// A word stops where Japanese starts: kanji and kana are \p{L} too, and folding removes the U+200B
// Pagefind puts between "1" and "回" or "TTA" and "の".
const RUN = new RegExp(String.raw`${CJK}+|(?:(?!${CJK})[\p{L}\p{N}])+`, 'gu');

/** The form every text and query is compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    .replace(/\u200b/g, '');
}

/** A maximal run of one script in folded text. */
export interface Run {
  kind: 'cjk' | 'word';
  /** The run as folded. */
  text: string;
}

/** Splits folded text into Japanese runs and Latin/other words; punctuation separates. */
export const runs = (folded: string): Run[] =>
  Array.from(folded.matchAll(RUN), ([text]) => ({
    kind: STARTS_CJK.test(text) ? 'cjk' : 'word',
    text,
  }));

/** The term a Latin-script word is indexed under: its inflectional stem when it is all letters. */
export function wordTerm(word: string): string {
  return /^[a-z]+$/.test(word) ? lightStem(word) : word;
}

/** Overlapping character pairs of a Japanese run (the run itself when it is one character). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  return chars.length < 2 ? chars : chars.slice(1).map((ch, i) => `${chars[i]}${ch}`);
}

/** A lone Latin letter (a variable, "a") is noise; digits and longer words count. */
const isWordTerm = (word: string): boolean => word.length > 1 || /\d/.test(word);

/** Hiragana alone say little (particles): single characters are indexed for kanji and katakana. */
const isUnigramWorthy = (ch: string): boolean => /[\p{Script=Han}\p{Script=Katakana}]/u.test(ch);

/** Every term of a text with its count, as the index stores it. */
export function indexTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const run of runs(fold(text))) {
    if (run.kind === 'word') {
      if (isWordTerm(run.text)) add(wordTerm(run.text));
      continue;
    }
    const chars = [...run.text];
    if (chars.length > 1) for (const b of bigrams(run.text)) add(b);
    for (const ch of chars) if (isUnigramWorthy(ch)) add(ch);
  }
  return counts;
}

/** FNV-1a: a stable 32-bit hash of a string's UTF-16 units. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * What a term is sharded by. Latin terms go by their first three letters, so a prefix of three or
 * more letters (a word still being typed) finds all its completions in one shard.
 */
export function shardKey(term: string): string {
  return STARTS_CJK.test(term) ? term : [...term].slice(0, 3).join('');
}

export const shardOf = (term: string, shards: number): number =>
  shards <= 1 ? 0 : hash32(shardKey(term)) % shards;

/** One part of a query that a page must match. */
export interface QueryGroup {
  kind: 'cjk' | 'word';
  /** The folded run or word as typed. */
  text: string;
  /** Terms that must all be present (a word's stem, or a run's pairs or single character). */
  terms: string[];
  /** Whether the last word may still be being typed: its stem also matches as a prefix. */
  prefix: boolean;
}

/**
 * Cuts a query into groups. Every group must match somewhere on a page (AND), as in Pagefind;
 * the last Latin word of three or more letters also matches as a prefix.
 */
export function queryGroups(query: string): QueryGroup[] {
  const parts = runs(fold(query));
  const groups = parts.flatMap(({ kind, text }, i): QueryGroup[] => {
    if (kind === 'cjk') return [{ kind, text, terms: [...new Set(bigrams(text))], prefix: false }];
    if (!isWordTerm(text)) return [];
    return [
      { kind, text, terms: [wordTerm(text)], prefix: i === parts.length - 1 && text.length >= 3 },
    ];
  });
  // Deduplicate repeated words ("RoPE RoPE").
  return groups.filter(
    (g, i) => groups.findIndex((o) => o.kind === g.kind && o.text === g.text) === i,
  );
}

/** The shards a query needs. */
export function queryShards(groups: readonly QueryGroup[], shards: number): number[] {
  return [...new Set(groups.flatMap((g) => g.terms.map((t) => shardOf(t, shards))))].sort(
    (a, b) => a - b,
  );
}
