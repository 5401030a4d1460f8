/**
 * Ranking, checking and excerpting for the search engine in the browser. Pure: the engine
 * fetches files and hands them here; the unit tests do the same with built fixtures.
 */
import { markRanges } from './highlight';
import type { SearchDoc, SearchMeta, SearchShard } from './format';
import { fold, type QueryGroup } from './tokens';

/** A page that matches, with each group's score per section (section numbers within the page). */
export interface Candidate {
  doc: number;
  score: number;
  groups: QueryGroup[];
  /** Per group: section within the page → score. */
  perGroup: Map<number, number>[];
}

/** The first section number of each page. */
export function sectionStarts(meta: Pick<SearchMeta, 'd'>): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const count of meta.d) {
    starts.push(at);
    at += count;
  }
  return starts;
}

/** Escapes text for use inside HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Share of a page's further matching sections in its score (the best section counts fully). */
const MORE_SECTIONS = 0.3;
/** A completion of a word still being typed counts a little less than the word itself. */
const PREFIX_FACTOR = 0.8;

/**
 * Section → score for one group over the whole edition (-1 where it does not match), from the
 * shards it needs. Typed arrays, not maps: at 1,000 pages a common word has thousands of
 * postings, and the first search must not wait for the allocations and the collector.
 */
function groupScores(
  group: QueryGroup,
  shards: ReadonlyMap<number, SearchShard>,
  shardOf: (t: string) => number,
  n: number,
  sections: number,
): Float64Array {
  const scores = new Float64Array(sections).fill(-1);
  const lookup = (term: string) => shards.get(shardOf(term))?.[term];
  if (group.kind === 'cjk') {
    const lists: (readonly number[])[] = [];
    for (const term of group.terms) {
      const gaps = lookup(term);
      if (!gaps) return scores;
      lists.push(gaps);
    }
    // One pass per pair: how many pairs each section has (each at most once) and their scores,
    // summed in the query's order of pairs; a section counts only when it has every pair.
    const found = new Uint16Array(sections);
    const sums = new Float64Array(sections);
    for (const gaps of lists) {
      const weight = idf(n, gaps.length >> 1) / 100;
      for (let i = 0, sec = 0; i + 1 < gaps.length; i += 2) {
        sec += gaps[i] as number;
        found[sec] = (found[sec] ?? 0) + 1;
        sums[sec] = (sums[sec] ?? 0) + (gaps[i + 1] as number) * weight;
      }
    }
    for (let sec = 0; sec < sections; sec++)
      if (found[sec] === lists.length) scores[sec] = sums[sec] as number;
    return scores;
  }
  const [stem] = group.terms as [string];
  const terms: [string, number][] = [];
  if (lookup(stem)) terms.push([stem, 1]);
  if (group.prefix) {
    const shard = shards.get(shardOf(stem)) ?? {};
    for (const term in shard) {
      if (term === stem || !/^[\p{L}\p{N}]/u.test(term)) continue;
      // Completions of the stem, and stems of four or more letters the typed word has run past
      // ("encodin" → "encod", "matchin" → "match").
      const completes = term.startsWith(stem);
      const passed = group.text.startsWith(term) && term.length >= Math.min(4, group.text.length);
      if (completes || passed) terms.push([term, PREFIX_FACTOR]);
    }
  }
  for (const [term, factor] of terms) {
    const gaps = lookup(term) ?? [];
    const weight = (idf(n, gaps.length >> 1) / 100) * factor;
    for (let i = 0, sec = 0; i + 1 < gaps.length; i += 2) {
      sec += gaps[i] as number;
      scores[sec] = Math.max(scores[sec] as number, (gaps[i + 1] as number) * weight);
    }
  }
  return scores;
}

/** A page's score from its sections' scores for each group. */
export function combine(perGroup: readonly Map<number, number>[]): number {
  let total = 0;
  for (const scores of perGroup) {
    let best = 0;
    let sum = 0;
    for (const s of scores.values()) {
      best = Math.max(best, s);
      sum += s;
    }
    total += best + MORE_SECTIONS * (sum - best);
  }
  return total;
}

const startsByMeta = new WeakMap<object, number[]>();

/**
 * The pages that match every group, best first. `allowed` limits the pages (filters);
 * `shardOf` maps a term to its shard number.
 */
export function rank(
  groups: readonly QueryGroup[],
  shards: ReadonlyMap<number, SearchShard>,
  meta: Pick<SearchMeta, 'd' | 'n'>,
  shardOf: (term: string) => number,
  allowed?: ReadonlySet<number>,
): Candidate[] {
  if (groups.length === 0) return [];
  let starts = startsByMeta.get(meta);
  if (!starts) startsByMeta.set(meta, (starts = sectionStarts(meta)));
  const sections = meta.d.reduce((a, b) => a + b, 0);
  const scores = groups.map((group) => groupScores(group, shards, shardOf, meta.n, sections));
  const out: Candidate[] = [];
  const matches = (group: Float64Array, from: number, to: number) => {
    for (let sec = from; sec < to; sec++) if ((group[sec] ?? -1) >= 0) return true;
    return false;
  };
  for (let doc = 0; doc < meta.d.length; doc++) {
    const from = starts[doc] ?? 0;
    const to = from + (meta.d[doc] ?? 0);
    if ((allowed && !allowed.has(doc)) || !scores.every((g) => matches(g, from, to))) continue;
    const perGroup = scores.map((group) => {
      const matched = new Map<number, number>();
      for (let sec = from; sec < to; sec++) {
        const score = group[sec] ?? -1;
        if (score >= 0) matched.set(sec - from, score);
      }
      return matched;
    });
    out.push({ doc, score: combine(perGroup), groups: [...groups], perGroup });
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/**
 * Checks a candidate against its page's text: a Japanese run of three or more characters must
 * appear as written (its pairs could sit apart). Returns the candidate with only the sections
 * that really match, or null when a group is then nowhere on the page.
 */
export function verify(candidate: Candidate, doc: SearchDoc): Candidate | null {
  const perGroup = candidate.perGroup.map((scores, g) => {
    const group = candidate.groups[g];
    if (!group || group.kind !== 'cjk' || group.terms.length < 2) return scores;
    const kept = new Map<number, number>();
    for (const [sec, score] of scores) {
      const s = doc.s[sec];
      if (s && fold(`${s[1]}\n${s[2]}`).includes(group.text)) kept.set(sec, score);
    }
    return kept;
  });
  if (perGroup.some((m) => m.size === 0)) return null;
  return { ...candidate, perGroup, score: combine(perGroup) };
}

/** Section scores summed over groups. */
export function sectionScores(candidate: Pick<Candidate, 'perGroup'>): Map<number, number> {
  const out = new Map<number, number>();
  for (const scores of candidate.perGroup)
    for (const [sec, s] of scores) out.set(sec, (out.get(sec) ?? 0) + s);
  return out;
}

/** The (at most `max`) best-matching sections other than the page's opening, in page order. */
export function topSections(candidate: Pick<Candidate, 'perGroup'>, max = 3): number[] {
  const scores = [...sectionScores(candidate)].filter(([sec]) => sec > 0);
  const top = scores.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, max);
  return top.map(([sec]) => sec).sort((a, b) => a - b);
}

/**
 * The section whose text best represents the page for a query: the best-scoring one other than
 * the page's opening (which repeats the title shown above the excerpt) when there is one.
 */
export const bestSection = (candidate: Pick<Candidate, 'perGroup'>): number =>
  topSections(candidate, 1)[0] ?? 0;

/**
 * An excerpt of `text` around the first of `terms`, about `length` characters, escaped for HTML
 * with the matches in <mark>. Latin text is cut at spaces.
 */
export function excerpt(text: string, terms: readonly string[], length: number): string {
  const ranges = markRanges(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  const atWord = (i: number, dir: 1 | -1) => {
    let j = i;
    while (
      j > 0 &&
      j < text.length &&
      /[A-Za-z0-9]/.test(text[j - 1] ?? '') &&
      /[A-Za-z0-9]/.test(text[j] ?? '') &&
      Math.abs(j - i) < 20
    )
      j += dir;
    return j;
  };
  if (start > 0) {
    start = atWord(start, 1);
    // Do not open on the separator between two blocks of text.
    while (start < first && /[\s.,、。]/.test(text[start] ?? '')) start++;
  }
  if (end < text.length) end = atWord(end, -1);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at, end));
  if (end < text.length) html += '…';
  return html.trim();
}
