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

/** Which page a section belongs to, by binary search over `sectionStarts`. */
export function docOf(starts: readonly number[], section: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= section) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A term's postings as [section, weight] pairs with absolute section numbers. */
export function decodePostings(gaps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let sec = 0;
  for (let i = 0; i + 1 < gaps.length; i += 2) {
    sec += gaps[i] ?? 0;
    out.push([sec, gaps[i + 1] ?? 0]);
  }
  return out;
}

/** Escapes text for use inside HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Share of a page's further matching sections in its score (the best section counts fully). */
const MORE_SECTIONS = 0.3;
/** A completion of a word still being typed counts a little less than the word itself. */
const PREFIX_FACTOR = 0.8;

/** Calls `visit(section, weight)` for each posting of a gap-encoded list, without allocating. */
function eachPosting(gaps: readonly number[], visit: (sec: number, w: number) => void): void {
  let sec = 0;
  for (let i = 0; i + 1 < gaps.length; i += 2) {
    sec += gaps[i] as number;
    visit(sec, gaps[i + 1] as number);
  }
}

/** Section → score for one group, from the shards it needs. */
function groupScores(
  group: QueryGroup,
  shards: ReadonlyMap<number, SearchShard>,
  shardOf: (t: string) => number,
  n: number,
): Map<number, number> {
  const lookup = (term: string) => shards.get(shardOf(term))?.[term];
  if (group.kind === 'cjk') {
    const lists: (readonly number[])[] = [];
    for (const term of group.terms) {
      const gaps = lookup(term);
      if (!gaps) return new Map();
      lists.push(gaps);
    }
    // The sections every pair is in: start from the rarest pair, so the sets stay small.
    let common: Set<number> | undefined;
    for (const gaps of [...lists].sort((a, b) => a.length - b.length)) {
      const next = new Set<number>();
      eachPosting(gaps, (sec) => {
        if (!common || common.has(sec)) next.add(sec);
      });
      common = next;
      if (common.size === 0) return new Map();
    }
    // Scores summed in the query's order of pairs.
    const scores = new Map<number, number>();
    for (const gaps of lists) {
      const weight = idf(n, gaps.length >> 1) / 100;
      eachPosting(gaps, (sec, w) => {
        if (common?.has(sec)) scores.set(sec, (scores.get(sec) ?? 0) + w * weight);
      });
    }
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
  const scores = new Map<number, number>();
  for (const [term, factor] of terms) {
    const gaps = lookup(term) ?? [];
    const weight = (idf(n, gaps.length >> 1) / 100) * factor;
    eachPosting(gaps, (sec, w) => scores.set(sec, Math.max(scores.get(sec) ?? 0, w * weight)));
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

const pagesByMeta = new WeakMap<object, { starts: number[]; pageOf: Int32Array }>();

/** Each page's first section, and each section's page (worked out once per meta file). */
function sectionPages(meta: Pick<SearchMeta, 'd' | 'n'>): { starts: number[]; pageOf: Int32Array } {
  let out = pagesByMeta.get(meta);
  if (!out) {
    const starts = sectionStarts(meta);
    const pageOf = new Int32Array(meta.d.reduce((a, b) => a + b, 0));
    meta.d.forEach((count, doc) => pageOf.fill(doc, starts[doc], (starts[doc] ?? 0) + count));
    pagesByMeta.set(meta, (out = { starts, pageOf }));
  }
  return out;
}

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
  const { starts, pageOf } = sectionPages(meta);
  const byDoc = new Map<number, Map<number, number>[]>();
  groups.forEach((group, g) => {
    const scores = groupScores(group, shards, shardOf, meta.n);
    for (const [sec, score] of scores) {
      const doc = pageOf[sec] ?? docOf(starts, sec);
      if (allowed && !allowed.has(doc)) continue;
      let per = byDoc.get(doc);
      if (!per) byDoc.set(doc, (per = groups.map(() => new Map<number, number>())));
      (per[g] as Map<number, number>).set(sec - (starts[doc] ?? 0), score);
    }
  });
  const out: Candidate[] = [];
  for (const [doc, perGroup] of byDoc) {
    if (perGroup.some((m) => m.size === 0)) continue;
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
export function bestSection(candidate: Pick<Candidate, 'perGroup'>): number {
  const scores = [...sectionScores(candidate)].sort(
    (a, b) => Number(b[0] > 0) - Number(a[0] > 0) || b[1] - a[1] || a[0] - b[0],
  );
  return scores[0]?.[0] ?? 0;
}

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
