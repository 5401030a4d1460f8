/**
 * The search index (src/search/build/, src/search/engine/): how text becomes terms, the files the builder writes,
 * ranking, the check against the page text, excerpts, the whole search over built fixture pages,
 * and the reading of Pagefind's fragments. Also the word-start marks of src/search/engine/highlight.ts.
 *
 * The fixture pages are written the way Pagefind extracts them: Japanese segments joined by
 * U+200B ("|" below), blocks ended with "." when they do not end in punctuation, and heading
 * anchors at the index of the word the heading starts at.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../src/content/schema';
import type { Lang } from '../../src/i18n/langs';
import { markRanges } from '../../src/search/engine/highlight';
import type { SearchData } from '../../src/search/build/search-data';
import { highlightTerms, synonymTable } from '../../src/search/engine/expand';
import {
  buildSearchIndex,
  sections,
  META_FILTERS_MAX_BYTES,
  META_TITLES_MAX_BYTES,
  SHARD_TARGET_BYTES,
  type BuiltIndex,
  type PageRecord,
} from '../../src/search/build/build';
import {
  SEARCH_FORMAT,
  type SearchDoc,
  type SearchMeta,
  type SearchShard,
} from '../../src/search/engine/format';
import {
  PagefindFormatError,
  installedPagefindVersion,
  pagefindRecords,
} from '../../src/search/build/pagefind-records';
import {
  bestSection,
  combine,
  escapeHtml,
  excerpt,
  rank,
  sectionScores,
  sectionStarts,
  topSections,
  verify,
  type Candidate,
} from '../../src/search/engine/query';
import {
  createSearch,
  type SearchOutput,
  type SearchPreview,
  type SearchSource,
} from '../../src/search/engine/search';
import {
  bigrams,
  fold,
  hash32,
  indexTerms,
  queryGroups,
  queryShards,
  runs,
  type QueryGroup,
  shardKey,
  shardOf,
  wordTerm,
} from '../../src/search/engine/tokens';
import { paperPath as P } from '../../src/site/routes';
import { LMC, PUDM, TTA, WAVE } from '../support/search-cases';

// ---------------------------------------------------------------------------------------------
// Fixtures

const ZW = '\u200b';

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing: ${what}`);
  return value;
}

/** A heading and its body, or a paragraph of the page's opening. "|" separates Japanese segments. */
type Block = string | readonly [id: string, heading: string, body: string, element?: string];

/** A page as Pagefind extracts it (content, anchors at word indexes, filters). */
function page(
  lang: Lang,
  url: string,
  title: string,
  blocks: readonly Block[],
  filters: Record<string, string[]> = {},
): PageRecord {
  const seg = (s: string) => s.replaceAll('|', ZW);
  // Pagefind ends a block with "." unless it already ends in punctuation.
  const z = lang === 'ja' ? ZW : '';
  const end = (s: string) => (/[。.!?]$/.test(s) ? ` ${z}` : `${z}. ${z}`);
  let content = '';
  let last = '';
  const anchors: PageRecord['anchors'] = [];
  const add = (text: string) => {
    content += (last ? end(last) : '') + seg(text);
    last = text;
  };
  for (const block of [title, ...blocks]) {
    if (typeof block === 'string') {
      add(block);
      continue;
    }
    const [id, heading, body, element = 'h2'] = block;
    anchors.push({
      element,
      id,
      text: heading.replaceAll('|', ''),
      location: (content + end(last)).match(/[^\s\u200b]+/g)?.length ?? 0,
    });
    add(heading);
    add(body);
  }
  return { url, title: title.replaceAll('|', ''), content, anchors, filters };
}

/** The Japanese edition, in address order (as the integration hands them over). */
const JA: PageRecord[] = [
  page('ja', '/', '研究|ダイジェスト', [
    '四|本|の|論文|を|紹介|する|。|TTA|や|拡散|モデル|を|扱う|。',
  ]),
  page(
    'ja',
    '/papers/pu-diffusion-models/',
    '正例|ラベル|なし|学習|による|拡散|モデル',
    [
      // Every pair of "モデル学習" is here (モデ, デル in モデル; ル学, 学習 in ラベル学習), but never the run itself.
      '拡散|モデル|を|正例|ラベル|学習|で|訓練|する|。',
      ['summary', '要約', '不適切|な|画像|を|生成|し|ない|。|Stable |Diffusion |で|評価|する|。'],
    ],
    { paper: [PUDM], tag: ['生成モデル'], lab: ['CD研'] },
  ),
  page(
    'ja',
    '/papers/test-time-adaptation-regression/',
    'テスト|時|適応|による|回帰',
    [
      '回帰|モデル|を|運用|時|に|合わせ|直す|。|第|1|回|テスト|時|適応|ワークショップ|で|発表|された|。',
      [
        'problem',
        '問題|設定',
        '共|変量|シフト|の|下|で|特徴|が|ガウス|分布|に|従う|と|仮定|する|。',
      ],
      [
        'method',
        '提案|手法',
        '主成分|分析|で|部分|空間|を|求め|、|モデル|学習|を|せ|ず|に|適応|する|。|式|は|x |< |y |& |z|。',
      ],
      ['results', '結果', '回帰|の|誤差|が|減る|。'],
    ],
    { paper: [TTA], tag: ['回帰'], lab: ['CS研'] },
  ),
  page(
    'ja',
    '/papers/wavelet-positional-representation/',
    'ウェーブレット|による|位置|表現',
    [
      'ウェーブレット|変換|で|位置|符号化|を|見直す|。|RoPE |は|外挿|に|弱い|。',
      ['extrapolation', '外挿', '長|文脈|へ|の|外挿|を|評価|する|。'],
    ],
    { paper: [WAVE], tag: ['言語モデル'], lab: ['CS研'] },
  ),
];

/** The English edition. */
const EN: PageRecord[] = [
  page('en', '/en/', 'Research digest', [
    'Four papers, including one on TTA for regression and one on diffusion models.',
  ]),
  page(
    'en',
    '/en/papers/linear-mode-connectivity-weight-matching/',
    'Linear mode connectivity and weight matching',
    [
      'Weight matching finds a permutation of hidden units.',
      ['summary', 'Summary', 'The composite of two models stays on a low-loss path.'],
      [
        'related',
        'Test-time adaptation',
        'Test-time adaptation: test-time adaptation of merged models.',
      ],
    ],
    { paper: [LMC], tag: ['Model merging'], lab: ['CS Lab'] },
  ),
  page(
    'en',
    '/en/papers/test-time-adaptation-regression/',
    'Test-time adaptation for regression',
    [
      'We adapt a regression model at test time using unlabelled inputs only.',
      [
        'problem',
        'Problem setting',
        'Under covariate shift, the features follow a Gaussian distribution.',
      ],
      [
        'method',
        'Proposed method',
        'Principal component analysis finds the subspace where x < y & z holds.',
      ],
      ['results', 'Results', 'The error of the regression head drops on California Housing.'],
    ],
    { paper: [TTA], tag: ['Regression'], lab: ['CS Lab'] },
  ),
  page(
    'en',
    '/en/papers/wavelet-positional-representation/',
    'Wavelets for sequence models',
    [
      'Rotary position embedding (RoPE) is hard to extrapolate.',
      ['summary', 'Summary', 'We replace positional encodings with wavelets.'],
      [
        'extrapolation',
        'Extrapolation',
        'Positional wavelets extrapolate to long contexts. Positional scales adapt. Positional resolution grows with the context.',
      ],
      ['setting-1', 'Setting 1: WikiText-103', 'Perplexity drops on WikiText-103.', 'h3'],
    ],
    { paper: [WAVE], tag: ['Language models'], lab: ['PS Lab'] },
  ),
];

/** Two glossary entries, as the site's search data carries them (src/search/build/search-data.ts). */
const GLOSSARY: Record<string, GlossaryEntry> = {
  'test-time-adaptation': {
    term: 'テスト時適応',
    reading: 'よみ',
    en: 'test-time adaptation',
    abbreviations: ['TTA'],
    aliases: ['テスト時適用'],
    definition: { ja: '定義。', en: 'A definition.' },
    papers: [TTA],
  },
  'rotary-position-embedding': {
    term: '回転位置埋め込み',
    reading: 'よみ',
    en: 'rotary position embedding',
    abbreviations: ['RoPE'],
    aliases: [],
    definition: { ja: '回転で位置を表す。', en: 'Encodes positions as rotations.' },
    papers: [WAVE],
  },
};
const dataFor = (lang: Lang): SearchData => ({
  synonyms: synonymTable(GLOSSARY, lang),
  glossary: lang === 'en' ? '/en/glossary/' : '/glossary/',
  filters: { tag: [], lab: [] },
});

/** A built index's meta.json, and a reader of the files under its hash. */
function open(built: BuiltIndex) {
  const meta = JSON.parse(must(built.files.get('meta.json'), 'meta.json')) as SearchMeta;
  const read = <T>(path: string): T =>
    JSON.parse(must(built.files.get(`${meta.h}/${path}`), path)) as T;
  return { meta, read };
}

/**
 * The search over a built index, reading its files the way the browser fetches them (and
 * recording the fetches by kind: shard and page numbers, a 0 per filters or word-list fetch), with
 * the edition's glossary and word list as the site serves them; `extra` replaces or adds parts of
 * the search's source.
 */
function engine(built: BuiltIndex, lang: Lang, extra: Partial<SearchSource> = {}) {
  const { meta, read } = open(built);
  const calls = { s: [] as number[], d: [] as number[], f: [] as number[], w: [] as number[] };
  const fetch = <T>(kind: keyof typeof calls, path: string, n = 0): Promise<T> => {
    calls[kind].push(n);
    return Promise.resolve(read<T>(path));
  };
  const search = createSearch({
    meta,
    data: dataFor(lang),
    lang,
    shard: (n) => fetch('s', `s/${n}.json`, n),
    doc: (n) => fetch('d', `d/${n}.json`, n),
    filters: () => fetch('f', 'f.json'),
    words: () => fetch('w', 'w.json'),
    ...extra,
  });
  const shards = new Map<number, SearchShard>(
    Array.from({ length: meta.s }, (_, i) => [i, read<SearchShard>(`s/${i}.json`)] as const),
  );
  return {
    meta,
    search,
    shards,
    doc: (n: number) => read<SearchDoc>(`d/${n}.json`),
    calls,
    words: read<string[]>('w.json'),
    termShard: (t: string) => shardOf(t, meta.s),
  };
}

const JA_INDEX = buildSearchIndex(JA);
const EN_INDEX = buildSearchIndex(EN);
const ja = engine(JA_INDEX, 'ja');
const en = engine(EN_INDEX, 'en');

const urls = (out: SearchOutput) => out.hits.map((h) => h.url);
const docIndex = (pages: readonly PageRecord[], slug: string) =>
  pages.findIndex((p) => p.url.includes(`/${slug}/`));
/** Pages that `rank` returns for a query, before any check against the text. */
const ranked = (e: typeof ja, query: string, allowed?: ReadonlySet<number>) =>
  rank(queryGroups(query), e.shards, e.meta, e.termShard, allowed);
/** Runs a search, collecting the titles it shows before its results (and the page files fetched by then). */
async function withPreviews(e: typeof ja, query: string) {
  const previews: (SearchPreview & { docs: number })[] = [];
  const out = await e.search(query, {}, 8, undefined, (p) =>
    previews.push({ ...p, docs: e.calls.d.length }),
  );
  return { out, previews };
}
/** A term's postings as [section, weight] pairs, the section gaps added up (here, not by the engine). */
function postings(gaps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0, sec = 0; i + 1 < gaps.length; i += 2)
    out.push([(sec += gaps[i] as number), gaps[i + 1] as number]);
  return out;
}
/** A candidate's scores for one group: section → score, in the order given. */
const bySection = (...scores: [number, number][]) => new Map(scores);
/** A page record written by hand (address /x/, no filters). */
const record = (content: string, anchors: PageRecord['anchors'] = [], title = 'T'): PageRecord => ({
  url: '/x/',
  title,
  content,
  anchors,
  filters: {},
});

// ---------------------------------------------------------------------------------------------
// tokens.ts

test.each([
  ['ＲｏＰＥ', 'rope'],
  ['ICLR２０２５', 'iclr2025'],
  ['ｳｪｰﾌﾞﾚｯﾄ', 'ウェーブレット'],
  ['ｶﾞｳｽ', 'ガウス'],
  ['test–time', 'test-time'],
  ['test—time', 'test-time'],
  ['a−b', 'a-b'],
  ['ｔｅｓｔ－ｔｉｍｅ', 'test-time'],
  [`テスト${ZW}時${ZW}適応`, 'テスト時適応'],
  // Dakuten and handakuten are kept; a separate half-width dakuten composes into the voiced kana.
  ['ガウス', 'ガウス'],
  ['パープレキシティ', 'パープレキシティ'],
])('fold: %j → %j', (input, expected) => {
  expect(fold(input)).toBe(expected);
});

test.each([
  // Japanese runs apart from Latin words; punctuation and spaces separate.
  ['RoPE と 位置符号化、WikiText-103!', 'word:rope cjk:と cjk:位置符号化 word:wikitext word:103'],
  // The long-vowel mark and 々 stay inside a Japanese run.
  ['ウェーブレット', 'cjk:ウェーブレット'],
  ['時々', 'cjk:時々'],
  // A Japanese run next to a Latin word or digits is cut from it, on either side. Pagefind joins
  // these with U+200B only ("1", ZW, "回", ZW, "テスト"), which folding removes.
  [`TTA${ZW}の${ZW}回帰`, 'word:tta cjk:の回帰'],
  ['第1回テスト', 'cjk:第 word:1 cjk:回テスト'],
  ['拡張RoPE', 'cjk:拡張 word:rope'],
  // A kanji outside the BMP (two UTF-16 units) starts a Japanese run like any other.
  ['𠮷野家の牛丼', 'cjk:𠮷野家の牛丼'],
])('runs: %j → %s', (text, expected) => {
  expect(runs(fold(text)).map((r) => `${r.kind}:${r.text}`)).toEqual(expected.split(' '));
});

// All-letter words are stemmed (tests/unit/stem.test.ts has the stems); others are kept.
test.each([
  ['matching', 'match'],
  ['103', '103'],
  ['gpt4', 'gpt4'],
  ['naïve', 'naïve'],
])('wordTerm: %j → %j', (word, term) => {
  expect(wordTerm(word)).toBe(term);
});

// Overlapping pairs, a single character as itself: rows of the queryGroups table below.
test('bigrams: pairs are of code points, not UTF-16 units', () => {
  expect(bigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
});

describe('indexTerms', () => {
  // Text is folded first: full-width Latin and half-width katakana index as their usual forms.
  test('Latin words are stemmed and counted; single letters are dropped, digits kept', () => {
    expect(Object.fromEntries(indexTerms('x and a ３ ＭｏｄｅＬｓ, model matching'))).toEqual({
      and: 1,
      '3': 1,
      model: 2,
      match: 1,
    });
  });

  test('Japanese runs give pairs plus single kanji and katakana (not hiragana)', () => {
    expect(Object.fromEntries(indexTerms('ｶﾞの分'))).toEqual({ ガの: 1, の分: 1, ガ: 1, 分: 1 });
  });
});

describe('hash32, shardKey, shardOf', () => {
  test('hash32 is 32-bit FNV-1a', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  test('Latin terms are sharded by their first three letters, Japanese terms by themselves', () => {
    expect(shardKey('positional')).toBe('pos');
    expect(shardKey('po')).toBe('po');
    expect(shardKey('位置')).toBe('位置');
    expect(shardKey('ガ')).toBe('ガ');
  });

  test('a prefix of three letters or more lands in the shard of all its completions', () => {
    for (let n = 1; n <= 64; n++) {
      const s = shardOf('pos', n);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(n);
      for (const t of ['posit', 'positron', 'postur', 'pose'])
        expect(shardOf(t, n), `${t} in ${n} shards`).toBe(s);
    }
  });

  // One shard is shard 0 by the test above; that keys spread over shards, by the many-shard
  // index below (no shard past three times the target size).
  test('no shards means shard 0', () => {
    expect(shardOf('anything', 0)).toBe(0);
  });
});

describe('queryGroups and queryShards', () => {
  /** A group as kind:text=terms, with "+" when it is also a prefix. */
  const show = (g: QueryGroup) => `${g.kind}:${g.text}=${g.terms.join(',')}${g.prefix ? '+' : ''}`;

  test.each([
    // Words and Japanese runs are separate groups; only the last word (3+ letters) is a prefix.
    ['weight matching', 'word:weight=weight word:matching=match+'],
    ['RoPE 外挿', 'word:rope=rope cjk:外挿=外挿'],
    ['ab', 'word:ab=ab'],
    // A Japanese run needs all its pairs, each once; one character is itself.
    ['位置符号化', 'cjk:位置符号化=位置,置符,符号,号化'],
    ['ガガガ', 'cjk:ガガガ=ガガ'],
    ['回', 'cjk:回=回'],
    // Single letters are dropped, digits kept; the query is folded.
    ['x ３', 'word:3=3'],
    ['ＲｏＰＥ', 'word:rope=rope+'],
    ['', ''],
    ['、。!', ''],
    // Repeated words and runs count once.
    ['RoPE rope ROPE', 'word:rope=rope'],
    ['外挿 外挿', 'cjk:外挿=外挿'],
    // An abbreviation typed against Japanese is its own group.
    ['RoPEの外挿', 'word:rope=rope cjk:の外挿=の外,外挿'],
  ])('%j → %s', (query, expected) => {
    expect(queryGroups(query).map(show)).toEqual(expected.split(' ').filter(Boolean));
  });

  test('queryShards: every shard a term lives in, once, in order', () => {
    const groups = queryGroups('位置符号化 positional wavelets');
    const expected = [...new Set(groups.flatMap((g) => g.terms).map((t) => shardOf(t, 7)))].sort(
      (a, b) => a - b,
    );
    expect(queryShards(groups, 7)).toEqual(expected);
    expect(queryShards(groups, 1)).toEqual([0]);
    expect(queryShards([], 7)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// build.ts

/** A page exactly as Pagefind 1.6 extracted it from a small Japanese test page. */
const PAGEFIND_JA: PageRecord = {
  url: '/p/',
  title: 'テスト時適応の論文',
  content:
    'テスト|時|適応|の|論文|. |この|論文|は|テスト|時|適応|を|扱う|。|Gaussian |な|仮定|。 |要約|. |共|変量|シフト|の|下|で|回帰|モデル|を|適応|させる|。|<|b|> |& |x|. |提案|手法 |Method|. |主成分|分析|で|部分|空間|を|求める |positional |encoding|. |回帰'.replaceAll(
      '|',
      ZW,
    ),
  anchors: [
    { element: 'h2', id: 'summary', text: '要約', location: 19 },
    { element: 'h2', id: 'method', text: '提案手法 Method', location: 39 },
  ],
  filters: { tag: ['回帰'] },
};

describe('sections', () => {
  test("cuts Pagefind's text at the headings' word indexes and keeps headings apart from the text", () => {
    expect(sections(PAGEFIND_JA)).toEqual([
      [
        '',
        'テスト時適応の論文',
        'テスト時適応の論文. この論文はテスト時適応を扱う。Gaussian な仮定。',
      ],
      ['summary', '要約', '共変量シフトの下で回帰モデルを適応させる。<b> & x.'],
      ['method', '提案手法 Method', '主成分分析で部分空間を求める positional encoding. 回帰'],
    ]);
  });

  test('only h2–h6 with an id cut; anchors are taken in text order', () => {
    const content = 'Intro words here. Alpha. Alpha text. Beta. Beta text. Gamma. Gamma text.';
    const words = content.split(' ');
    const loc = (w: string) => words.indexOf(w);
    const out = sections(
      record(content, [
        { element: 'h3', id: 'gamma', text: 'Gamma', location: loc('Gamma.') },
        { element: 'h2', id: 'alpha', text: 'Alpha', location: loc('Alpha.') },
        { element: 'h1', id: 'top', text: 'Intro', location: 0 },
        { element: 'div', id: 'box', text: 'Beta', location: loc('Beta.') },
        { element: 'h2', id: '', text: 'Beta', location: loc('Beta.') },
      ]),
    );
    expect(out).toEqual([
      ['', 'T', 'Intro words here.'],
      ['alpha', 'Alpha', 'Alpha text. Beta. Beta text.'],
      ['gamma', 'Gamma', 'Gamma text.'],
    ]);
  });

  test('a page without headings is one section; a heading at word 0 leaves an empty opening', () => {
    expect(sections(record('Just  some\u200b text.'))).toEqual([['', 'T', 'Just some text.']]);
    expect(
      sections(record('Head. Body.', [{ element: 'h2', id: 'h', text: 'Head', location: 0 }])),
    ).toEqual([
      ['', 'T', ''],
      ['h', 'Head', 'Body.'],
    ]);
  });

  test('a heading whose words do not open its section leaves the text whole', () => {
    const out = sections(
      record('Intro. Other words.', [{ element: 'h2', id: 'h', text: 'Heading', location: 1 }]),
    );
    expect(out[1]).toEqual(['h', 'Heading', 'Other words.']);
  });
});

describe('buildSearchIndex', () => {
  const meta = ja.meta;

  test('writes meta.json, one shard file per shard, one page file per page and the word list, under the hash', () => {
    expect(meta.v).toBe(SEARCH_FORMAT);
    expect(meta.h).toMatch(/^[0-9a-f]{10}$/);
    const expected = [
      'meta.json',
      ...Array.from({ length: meta.s }, (_, i) => `${meta.h}/s/${i}.json`),
      ...JA.map((_, i) => `${meta.h}/d/${i}.json`),
      `${meta.h}/w.json`,
      `${meta.h}/f.json`,
    ];
    expect([...JA_INDEX.files.keys()].sort()).toEqual(expected.sort());
  });

  test('meta counts sections per page; the filters file lists filter values by page', () => {
    expect(meta.d).toEqual([1, 2, 4, 2]);
    expect(meta.n).toBe(9);
    expect(Object.keys(meta).sort()).toEqual(['d', 'f', 'h', 'n', 's', 't', 'v']);
    // Each page's address and title, so results show their titles before the page files load.
    expect(meta.t).toEqual(JA.map((p) => [p.url, p.title]));
    const filters = {
      paper: { [PUDM]: [1], [TTA]: [2], [WAVE]: [3] },
      tag: { 生成モデル: [1], 回帰: [2], 言語モデル: [3] },
      lab: { CD研: [1], CS研: [2, 3] },
    };
    expect(JSON.parse(must(JA_INDEX.files.get(`${meta.h}/f.json`), 'f.json'))).toEqual(filters);
    // Small enough to ride in meta.json as well.
    expect(meta.f).toEqual(filters);
  });

  test('page files hold address, title and sections in page order', () => {
    JA.forEach((p, i) => expect(ja.doc(i)).toEqual({ u: p.url, t: p.title, s: sections(p) }));
  });

  test('postings are gap-encoded [section gap, weight, …] over every section with the term', () => {
    const docs = JA.map((_, i) => ja.doc(i));
    const secs = docs.flatMap((d) =>
      d.s.map(([, heading, text], i) => [i === 0 ? d.t : heading, text] as const),
    );
    for (const shard of ja.shards.values()) {
      for (const [term, gaps] of Object.entries(shard)) {
        expect(gaps.length % 2, term).toBe(0);
        const decoded = postings(gaps);
        const expected = secs.flatMap(([head, text], s) =>
          indexTerms(head).has(term) || indexTerms(text).has(term) ? [s] : [],
        );
        expect(
          decoded.map(([s]) => s),
          term,
        ).toEqual(expected);
        for (const [, w] of decoded)
          expect(Number.isInteger(w) && w >= 1, `${term} weight ${w}`).toBe(true);
      }
    }
    // A concrete one: 回帰 is in the TTA page's title (section 3), its opening text, and its results (section 6).
    const gaps = must(ja.shards.get(shardOf('回帰', meta.s))?.['回帰'], '回帰');
    expect(postings(gaps).map(([s]) => s)).toEqual([3, 6]);
    expect(gaps[2]).toBe(3);
  });

  test('a word in the title or a heading weighs more than the same word in the text', () => {
    // Pages 0 and 1 differ only in their titles (sections 0 and 1), pages 2 and 3 only in the
    // heading of their second section (sections 3 and 5).
    const body = 'Wavelet alpha beta gamma delta epsilon zeta.';
    const e = engine(
      buildSearchIndex([
        record(body, [], 'Wavelet study'),
        record(body, [], 'Other study'),
        page('en', '/a/', 'T', ['Intro.', ['h', 'Wavelet', body]]),
        page('en', '/b/', 'T', ['Intro.', ['h', 'Method', body]]),
        page('en', '/z/', 'Filler', ['Other words for the average length, padding it out.']),
      ]),
      'en',
    );
    const weight = new Map(postings(must(e.shards.get(e.termShard('wavelet'))?.['wavelet'], 'w')));
    expect(weight.get(0)).toBeGreaterThan(weight.get(1) ?? Infinity);
    expect(weight.get(3)).toBeGreaterThan(weight.get(5) ?? Infinity);
  });

  test('stats describe the files', () => {
    const { stats, files } = JA_INDEX;
    expect(stats.pages).toBe(JA.length);
    expect(stats.sections).toBe(ja.meta.n);
    expect(stats.shards).toBe(ja.meta.s);
    expect(stats.terms).toBe(
      [...ja.shards.values()].reduce((n, s) => n + Object.keys(s).length, 0),
    );
    expect(stats.bytes).toBe([...files.values()].reduce((n, f) => n + Buffer.byteLength(f), 0));
  });

  test('the same pages give the same files; a changed word gives a new folder', () => {
    const again = buildSearchIndex(JA);
    expect([...again.files]).toEqual([...JA_INDEX.files]);
    const changed = JA.map((p, i) =>
      i === 2 ? { ...p, content: p.content.replace('ガウス', 'ポアソン') } : p,
    );
    // (That every file but meta.json sits under the hash is the first test of this block.)
    expect(open(buildSearchIndex(changed)).meta.h).not.toBe(ja.meta.h);
  });

  test('an empty edition is one empty shard and no pages', () => {
    const empty = buildSearchIndex([]);
    const { meta } = open(empty);
    expect(meta).toMatchObject({ s: 1, n: 0, d: [] });
    expect(empty.files.get(`${meta.h}/f.json`)).toBe('{}');
    expect(empty.files.get(`${meta.h}/s/0.json`)).toBe('{}');
  });
});

// ---------------------------------------------------------------------------------------------
// query.ts

describe('sectionStarts, combine', () => {
  test('sections are numbered across pages', () => {
    expect(sectionStarts({ d: [3, 1, 2] })).toEqual([0, 3, 4]);
  });

  test('combine: per group the best section fully, the others at 30 %', () => {
    expect(combine([bySection([0, 2], [1, 1], [2, 1]), bySection([3, 4])])).toBeCloseTo(
      2 + 0.3 * 2 + 4,
    );
    expect(combine([])).toBe(0);
  });
});

describe('rank', () => {
  const tta = docIndex(EN, TTA);

  test.each<[Lang, string, string[]]>([
    // Every group must match somewhere on the page (AND).
    ['en', 'regression', ['/en/', P('en', TTA)]],
    ['en', 'regression gaussian', [P('en', TTA)]],
    ['en', 'regression wavelets', []],
    ['en', '', []],
    // The last word also finds its completions; an earlier word does not.
    ['en', 'extrap', [P('en', WAVE)]],
    ['en', 'extrap wavelets', []],
    ['en', 'wavelets extrap', [P('en', WAVE)]],
    // A Japanese run needs every pair in one section: 共変量 (problem) and 回帰 (title, results)
    // are on the same page but in different sections.
    ['ja', 'ガウス分布', [P('ja', TTA)]],
    ['ja', 'ガウス分散', []],
    ['ja', '共変量回帰', []],
    ['ja', '共変量 回帰', [P('ja', TTA)]],
  ])('%s “%s” → %j', (lang, query, expected) => {
    const [e, pages] = lang === 'ja' ? [ja, JA] : [en, EN];
    const found = ranked(e, query).map((c) => must(pages[c.doc], 'page').url);
    expect(found.sort()).toEqual(expected.sort());
  });

  test('a completion counts less than the word itself', () => {
    const exact = must(ranked(en, 'extrapolate')[0], 'exact');
    const prefix = must(ranked(en, 'extrap')[0], 'prefix');
    expect(prefix.score).toBeLessThan(exact.score);
  });

  test('sections are numbered within the page; the best page comes first', () => {
    const [first, second] = ranked(en, 'regression');
    expect(first?.doc).toBe(tta);
    expect([...must(first, 'first').perGroup[0]!.keys()].sort()).toEqual([0, 3]);
    expect(must(first, 'first').score).toBeGreaterThan(must(second, 'second').score);
  });
});

describe('verify', () => {
  const tta = docIndex(JA, TTA);
  /** A candidate on the TTA page for a query, with its score and each group's section scores. */
  const candidate = (query: string, score: number, ...perGroup: Map<number, number>[]) =>
    ({ doc: tta, score, groups: queryGroups(query), perGroup }) satisfies Candidate;

  test('drops the sections where the pairs sit apart, and rescores', () => {
    const kept = must(
      verify(candidate('モデル学習', 99, bySection([0, 1], [2, 2])), ja.doc(tta)),
      'kept',
    );
    expect([...must(kept.perGroup[0], 'group')]).toEqual([[2, 2]]);
    expect(kept.score).toBe(2);
  });

  // The sections tests show that sections() keeps a heading apart from its section's text.
  test('a heading counts as its section’s text (it is kept apart from it)', () => {
    const found = ranked(ja, '問題設定').find((c) => c.doc === tta);
    const kept = must(verify(must(found, 'candidate'), ja.doc(tta)), 'kept');
    expect([...must(kept.perGroup[0], 'group').keys()]).toEqual([1]);
  });

  test('so does the page title for the opening section', () => {
    const doc: SearchDoc = {
      ...ja.doc(tta),
      s: ja.doc(tta).s.map(([id, h, t], i) => [id, h, i === 0 ? '本文だけ。' : t]),
    };
    expect(verify(candidate('テスト時適応', 1, bySection([0, 1])), doc)).not.toBeNull();
    expect(verify(candidate('テスト時適用', 1, bySection([0, 1])), doc)).toBeNull();
  });

  test('words and runs of one pair are not checked', () => {
    // Section 1 of the TTA page has neither "zzz" nor 外挿: only runs of three or more are looked up.
    const c = candidate('zzz 外挿', 2, bySection([1, 1]), bySection([1, 1]));
    expect(verify(c, ja.doc(tta))).toEqual(c);
  });
});

describe('sectionScores, topSections, bestSection', () => {
  const c = { perGroup: [bySection([0, 100], [1, 5], [2, 1], [3, 9]), bySection([4, 7], [2, 1])] };

  test('scores add up over groups', () => {
    expect(Object.fromEntries(sectionScores(c))).toEqual({ 0: 100, 1: 5, 2: 2, 3: 9, 4: 7 });
  });

  test('the three best sections other than the opening, in page order', () => {
    expect(topSections(c)).toEqual([1, 3, 4]);
    expect(topSections(c, 1)).toEqual([3]);
    expect(topSections({ perGroup: [new Map([[0, 5]])] })).toEqual([]);
  });

  test('the best section other than the opening (which repeats the title); ties go to the earlier one', () => {
    expect(bestSection(c)).toBe(3);
    expect(bestSection({ perGroup: [new Map([[0, 5]])] })).toBe(0);
    expect(bestSection({ perGroup: [bySection([3, 2], [1, 2])] })).toBe(1);
    expect(bestSection({ perGroup: [] })).toBe(0);
  });
});

describe('escapeHtml and excerpt', () => {
  test('escapeHtml escapes the characters that matter in text and attributes', () => {
    expect(escapeHtml('<a href="x">Q&A</a>')).toBe('&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  test('a short text is whole, escaped, with whole words marked', () => {
    expect(excerpt('RoPE is hard to extrapolate.', ['rope'], 150)).toBe(
      '<mark>RoPE</mark> is hard to extrapolate.',
    );
    expect(excerpt('x < y & z holds for positional codes', ['posit'], 150)).toBe(
      'x &lt; y &amp; z holds for <mark>positional</mark> codes',
    );
    expect(excerpt('<b>', [], 150)).toBe('&lt;b&gt;');
  });

  test('a long Latin text: a window around the first match, cut at word boundaries, with ellipses', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${String(i).padStart(2, '0')}`);
    words[40] = 'wavelets';
    words[50] = 'wavelet';
    const text = words.join(' ');
    const out = excerpt(text, ['wavelet'], 60);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('<mark>wavelets</mark>');
    const visible = out.replace(/<\/?mark>/g, '').replace(/…/g, '');
    for (const w of visible.trim().split(/\s+/)) expect(words, `cut word “${w}”`).toContain(w);
    expect(visible.length).toBeLessThanOrEqual(60);
    // The match sits in the first third of the window.
    expect(visible.indexOf('wavelets')).toBeLessThan(60 / 2);
    expect(out).not.toContain('<mark>wavelet</mark>');
  });

  test('a match near the end keeps the window full and shows the end', () => {
    const text = `${'alpha '.repeat(30)}omega`;
    const out = excerpt(text, ['omega'], 40);
    expect(out.endsWith('<mark>omega</mark>')).toBe(true);
    expect(out.startsWith('…')).toBe(true);
    expect(out.replace(/<\/?mark>/g, '').length).toBeGreaterThan(30);
  });

  test('no match: the start of the text', () => {
    const out = excerpt('alpha beta gamma delta epsilon zeta eta theta', ['zzz'], 20);
    expect(out.startsWith('alpha')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  test('Japanese text is cut anywhere, around the match', () => {
    const text = `${'前置きの文章です。'.repeat(10)}特徴がガウス分布に従う。${'後に続く文章です。'.repeat(10)}`;
    const out = excerpt(text, ['ガウス'], 30);
    expect(out).toMatch(/^…[^<]{10}<mark>ガウス<\/mark>[^<]{17}…$/);
  });
});

// ---------------------------------------------------------------------------------------------
// search.ts

test.each<[Lang, string, Record<string, string>, string[], string]>([
  ['ja', 'ガウス', {}, [P('ja', TTA)], 'dakuten kept'],
  ['ja', 'ｶﾞｳｽ', {}, [P('ja', TTA)], 'half-width, dakuten as a separate mark'],
  ['ja', 'カウス', {}, [], 'ガウス without its dakuten'],
  // "第1回テスト時適応ワークショップ": the katakana word follows a digit with only U+200B between.
  ['ja', 'ワークショップ', {}, [P('ja', TTA)], 'a word Pagefind joined to a number'],
  ['ja', 'RoPEの外挿', {}, [P('ja', WAVE)], 'the same in a query: RoPE AND の外挿'],
  ['ja', '挿', {}, [P('ja', WAVE)], 'one kanji is a query'],
  ['ja', 'の', {}, [], 'one hiragana is not indexed'],
  ['ja', 'モデル', {}, ['/', P('ja', PUDM), P('ja', TTA)], 'no filter'],
  ['ja', 'モデル', { tag: '回帰' }, [P('ja', TTA)], 'a tag narrows'],
  ['ja', 'モデル', { lab: 'CS研' }, [P('ja', TTA)], 'a lab narrows'],
  ['ja', 'モデル', { tag: '存在しない' }, [], 'an unknown value leaves nothing'],
  ['ja', 'モデル', { tag: '回帰', lab: 'CD研' }, [], 'two filters that never meet'],
  ['en', 'posit', {}, [P('en', WAVE)], 'completions of "posit" only, never "composite"'],
  ['en', 'Perplex', {}, [P('en', WAVE)], 'a word still being typed finds its completions'],
  ['en', 'positiona', {}, [P('en', WAVE)], 'one letter short of "positional"'],
  ['en', 'TTA', { tag: 'Language models' }, [], 'no boost for a glossary paper filtered out'],
  ['en', 'regression', {}, ['/en/', P('en', TTA)], 'no filter'],
  ['en', 'models', { lab: 'CS Lab' }, [P('en', LMC), P('en', TTA)], 'a lab narrows'],
  ['en', '位置符号化', {}, [], 'a Japanese term not on the English edition, and no error'],
])('createSearch: %s “%s” %j → %j (%s)', async (lang, query, filters, expected) => {
  const out = await (lang === 'ja' ? ja : en).search(query, filters);
  expect(urls(out).sort()).toEqual([...expected].sort());
  expect(out.total).toBe(expected.length);
});

describe('createSearch (Japanese edition)', () => {
  test('a compound finds its page and the section it is in', async () => {
    const out = await ja.search('共変量シフト', {});
    expect(urls(out)).toEqual([`/papers/${TTA}/`]);
    expect(out.hits[0]?.sections).toEqual([
      {
        title: '問題設定',
        url: `/papers/${TTA}/#problem`,
        excerpt: '<mark>共変量シフト</mark>の下で特徴がガウス分布に従うと仮定する。',
      },
    ]);
    expect(out.hits[0]?.excerpt).toContain('<mark>共変量シフト</mark>');
    expect(out.total).toBe(1);
  });

  test('pairs found apart on a page are rejected, and the total leaves that page out; the titles shown first are as ranked', async () => {
    const { out, previews } = await withPreviews(ja, 'モデル学習');
    expect(previews.map((p) => p.hits.length)).toEqual([2]);
    expect(urls(out)).toEqual([`/papers/${TTA}/`]);
    expect(out.total).toBe(1);
    expect(out.hits[0]?.sections.map((s) => s.url)).toEqual([`/papers/${TTA}/#method`]);
  });

  test('titles come with the ranking, before any page file is fetched, naming the glossary entry as the results do', async () => {
    for (const [query, glossary] of [
      ['共変量シフト', []],
      ['TTA', ['テスト時適応']],
    ] as const) {
      const e = engine(JA_INDEX, 'ja');
      const { out, previews } = await withPreviews(e, query);
      expect(out.hits.length, query).toBeGreaterThan(0);
      expect(out.glossary.map((g) => g.term)).toEqual(glossary);
      expect(previews, query).toEqual([
        {
          hits: out.hits.map((h) => ({ url: h.url, title: h.title, sections: h.sections.length })),
          glossary: out.glossary,
          terms: out.terms,
          docs: 0,
        },
      ]);
    }
    // No titles are announced for a query that matches nothing.
    expect((await withPreviews(ja, 'カウス')).previews).toEqual([]);
  });

  test('an alias whose pairs sit apart on the page does not hide the term written out there', async () => {
    // 適用 is frequent and テスト時適応 written once: the alias テスト時適用 outscores the term before the check.
    const pages = [
      page(
        'ja',
        '/a/',
        '回帰|の|研究',
        ['テスト|時|適応|を|回帰|に|適用|する|。|適用|例|と|適用|範囲|。'],
        { paper: [TTA] },
      ),
      page('ja', '/b/', '別|の|論文', ['拡散|モデル|の|話|。']),
    ];
    const e = engine(buildSearchIndex(pages), 'ja');
    const [alias, term] = [ranked(e, 'テスト時適用'), ranked(e, 'テスト時適応')];
    expect(must(alias[0], 'alias').score).toBeGreaterThan(must(term[0], 'term').score);
    const out = await e.search('テスト時適用', {});
    expect(urls(out)).toEqual(['/a/']);
    expect(out.total).toBe(1);
    expect(out.hits[0]?.excerpt).toContain('<mark>テスト時適応</mark>');
  });
});

describe('createSearch (English edition)', () => {
  const tta = `/en/papers/${TTA}/`;

  test('an abbreviation finds the paper that only writes the term out, first', async () => {
    const out = await en.search('TTA', {});
    expect(out.expanded).toMatchObject({ alternatives: ['test-time adaptation'], papers: [TTA] });
    expect(urls(out)).toEqual([tta, `/en/papers/${LMC}/`, '/en/']);
    expect(EN[2]?.content).not.toMatch(/\bTTA\b/);
    // On the text alone the LMC page, which has a whole section on the term, would come first.
    const textScore = (slug: string) =>
      Math.max(
        ...['TTA', 'test-time adaptation'].map(
          (q) => ranked(en, q).find((c) => c.doc === docIndex(EN, slug))?.score ?? 0,
        ),
      );
    expect(textScore(LMC)).toBeGreaterThan(textScore(TTA));
    expect(out.terms).toEqual(highlightTerms(out.expanded));
  });

  test('an empty query with a filter lists the filtered pages in page order; with none, nothing', async () => {
    const out = await en.search('', { lab: 'CS Lab' });
    expect(urls(out)).toEqual([`/en/papers/${LMC}/`, tta]);
    expect(out.total).toBe(2);
    expect(out.hits[0]?.excerpt).toMatch(/^Linear mode connectivity/);
    expect(out.hits[0]?.sections).toEqual([]);
    expect(await en.search('', {})).toMatchObject({ hits: [], total: 0 });
  });

  test('the limit caps the hits, not the total; only the pages shown are fetched', async () => {
    en.calls.d.length = 0;
    const out = await en.search('models', {}, 1);
    expect(out.hits).toHaveLength(1);
    expect(out.total).toBeGreaterThan(1);
    expect(en.calls.d.map((n) => EN[n]?.url)).toEqual(urls(out));
  });
});

describe('an index of many shards', () => {
  // Deterministic made-up words from a small PRNG (Park–Miller), so the index is large but the
  // test is stable.
  let seed = 42;
  const SYL = ['ka', 'ri', 'to', 'mu', 'ne', 'so', 'la', 'vi', 'po', 'gu', 'zo', 'be'];
  const made = (n: number) =>
    Array.from({ length: 4 }, (_, k) => SYL[Math.floor(n / 12 ** k) % 12]).join('');
  const pool = Array.from({ length: 3000 }, (_, i) => made(i + 100));
  const pick = () => pool[(seed = (seed * 16807) % 2147483647) % pool.length] as string;
  const markers = Array.from({ length: 48 }, (_, i) => made(12 ** 4 - 1 - i));
  const sentence = (n: number) => `${Array.from({ length: n }, pick).join(' ')}.`;
  const PAGES = markers.map((marker, i) =>
    page('en', `/p/${String(i).padStart(2, '0')}/`, `Page ${i}`, [
      sentence(60),
      ['a', 'First part', `${sentence(40)} ${marker} ${sentence(40)}`],
      [
        'b',
        'Second part',
        i % 6 === 0 ? `位置符号化の外挿を調べる。 ${sentence(60)}` : sentence(60),
      ],
      ...(i === 7 ? [['c', 'Fish', 'A zebrafish swims.'] as const] : []),
      ...(i === 30 ? [['c', 'Horse', 'A zebroid grazes.'] as const] : []),
    ]),
  );
  const BIG = buildSearchIndex(PAGES);
  const big = engine(BIG, 'en');
  /** The same pages with titles too long for meta.json to carry them all. */
  const LONG = PAGES.map((p, i) => ({
    ...p,
    title: `Page ${i} ${'with a long title '.repeat(30)}`,
  }));
  const long = engine(buildSearchIndex(LONG), 'en');

  test('the fixture really is spread over several shards, each near the target size', () => {
    expect(new Set(markers.map(wordTerm)).size).toBe(markers.length);
    expect(BIG.stats.shards).toBeGreaterThan(3);
    expect(big.meta.s).toBe(BIG.stats.shards);
    const sizes = [...big.shards.values()].map((s) => JSON.stringify(s).length);
    expect(sizes.every((n) => n > 0 && n < 3 * SHARD_TARGET_BYTES)).toBe(true);
    // Fewer pages, fewer shards.
    expect(buildSearchIndex(PAGES.slice(0, 12)).stats.shards).toBeLessThan(BIG.stats.shards);
    expect(JA_INDEX.stats.shards).toBe(1);
  });

  test('titles stay out of meta.json past META_TITLES_MAX_BYTES; results then come whole, no titles first', async () => {
    expect(JSON.stringify(LONG.map((p) => [p.url, p.title])).length).toBeGreaterThan(
      META_TITLES_MAX_BYTES,
    );
    expect(long.meta.t).toBeUndefined();
    const { out, previews } = await withPreviews(long, 'zebrafish');
    expect(urls(out)).toEqual(['/p/07/']);
    expect(previews).toEqual([]);
    // The same pages with short titles carry them.
    expect(big.meta.t?.length).toBe(PAGES.length);
  });

  test('without titles in meta.json, the checked results show in rank order as their files arrive', async () => {
    // Each page file waits until the test lets it arrive.
    const waiting = new Map<number, () => void>();
    const { search } = engine(buildSearchIndex(LONG), 'en', {
      doc: (n) => new Promise<SearchDoc>((resolve) => waiting.set(n, () => resolve(long.doc(n)))),
    });
    const previews: string[][] = [];
    const running = search('位置符号化', {}, 4, undefined, (p) =>
      previews.push(p.hits.map((h) => ('excerpt' in h ? h.url : `title only: ${h.url}`))),
    );
    const tick = () => new Promise((r) => setTimeout(r, 0));
    await tick();
    // All four files are asked for at once, in rank order.
    const asked = [...waiting.keys()];
    expect(asked).toHaveLength(4);
    const [first, second, third, fourth] = asked as [number, number, number, number];
    const url = (doc: number) => `/p/${String(doc).padStart(2, '0')}/`;
    // The second, then the fourth arrive: nothing can show before the first.
    waiting.get(second)?.();
    waiting.get(fourth)?.();
    await tick();
    expect(previews).toEqual([]);
    // The first arrives: it shows at once, before the second (already there) is checked; then
    // both, complete, while the third is still missing.
    waiting.get(first)?.();
    await tick();
    expect(previews).toEqual([[url(first)]]);
    await tick();
    expect(previews).toEqual([[url(first)], [url(first), url(second)]]);
    // The third completes the list: the final results, not another partial one.
    waiting.get(third)?.();
    const out = await running;
    expect(previews).toHaveLength(2);
    expect(urls(out)).toEqual(asked.map(url));
  });

  test('with its files already loaded, a query shows results before the event loop turns', async () => {
    // The engines here hand over files as settled promises, as the browser's cache of fetched
    // files does on a later keystroke: the first results (titles, or the first checked result)
    // must come in the same task, so the browser paints them in the frame the data is there.
    for (const [e, query] of [
      [ja, '共変量シフト'],
      [long, '位置符号化'],
    ] as const) {
      let turned = false;
      setTimeout(() => (turned = true));
      const shown: boolean[] = [];
      const out = await e.search(query, {}, 4, undefined, () => shown.push(turned));
      expect(out.hits.length, query).toBeGreaterThan(0);
      expect(shown[0], query).toBe(false);
    }
  });

  test('while a glossary name is typed, its term’s shards are fetched, not the filters file', async () => {
    const shardsOf = (q: string) => queryShards(queryGroups(q), big.meta.s);
    // "rotary" begins only "rotary position embedding": its Japanese term's pairs will be needed,
    // and some live in shards that "rotary" itself does not need. Three characters, or the
    // beginning of no name, fetch nothing ahead.
    const term = shardsOf('回転位置埋め込み');
    expect(term.filter((n) => !shardsOf('rotary').includes(n))).not.toEqual([]);
    for (const [q, expected] of [
      ['rotary', [...shardsOf('rotary'), ...term]],
      ['rot', shardsOf('rot')],
      ['rotor', shardsOf('rotor')],
    ] as const) {
      const e = engine(BIG, 'ja');
      await e.search(q, {});
      expect(new Set(e.calls.s), q).toEqual(new Set(expected));
      expect(e.calls.f, q).toEqual([]);
    }
  });

  test('every page is found by its own word', async () => {
    for (const [i, marker] of markers.entries()) {
      const out = await big.search(marker, {}, 3);
      expect(out.hits[0]?.url, marker).toBe(`/p/${String(i).padStart(2, '0')}/`);
      expect(out.hits[0]?.sections[0]?.url).toBe(`/p/${String(i).padStart(2, '0')}/#a`);
    }
  });

  test('a Japanese run whose pairs live in different shards is still found, and only where it is', async () => {
    expect(queryShards(queryGroups('位置符号化'), big.meta.s).length).toBeGreaterThan(1);
    const out = await big.search('位置符号化', {}, 20);
    expect(urls(out)).toEqual(PAGES.filter((_, i) => i % 6 === 0).map((p) => p.url));
    expect(out.total).toBe(8);
  });

  test('a prefix finds completions from one shard', async () => {
    big.calls.s.length = 0;
    const out = await big.search('zebr', {});
    expect(urls(out).sort()).toEqual(['/p/07/', '/p/30/']);
    expect(big.calls.s).toEqual([shardOf('zeb', big.meta.s)]);
  });
});

// ---------------------------------------------------------------------------------------------
// pagefind-records.ts

describe('pagefindRecords', () => {
  const fragment = (f: object, marker = true) =>
    gzipSync(Buffer.from(`${marker ? 'pagefind_dcd' : ''}${JSON.stringify(f)}`));
  const entryFile = (content: string | Uint8Array) => ({
    path: 'pagefind-entry.json',
    content: Buffer.from(content),
  });
  const entry = (languages: Record<string, number>) =>
    entryFile(
      JSON.stringify({
        version: '1.6.0',
        languages: Object.fromEntries(
          Object.entries(languages).map(([lang, n]) => [
            lang,
            { hash: `${lang}_1`, wasm: null, page_count: n },
          ]),
        ),
        include_characters: ['_'],
      }),
    );
  const junk = new Uint8Array([1, 2, 3]);
  const others = [
    { path: 'pagefind.js', content: junk },
    { path: 'pagefind.ja_82a626d587.pf_meta', content: junk },
    { path: 'index/ja_403a58f.pf_index', content: junk },
    { path: 'filter/ja_6c853a8.pf_filter', content: junk },
    { path: 'wasm.unknown.pagefind', content: junk },
  ];
  /** Pagefind's output with one Japanese page, whose fragment file holds `content`. */
  const oneJa = (content: Uint8Array) => [
    ...others,
    entry({ ja: 1 }),
    { path: 'fragment/ja_1.pf_fragment', content },
  ];
  /** The same with a fragment of page /x/ whose fields are changed by `change`. */
  const oneJaPage = (change: object) => oneJa(fragment({ ...page('/x/', 'x'), ...change }));
  const page = (url: string, content: string, extra: object = {}) => ({
    url,
    content,
    word_count: 1,
    filters: {},
    meta: { title: url },
    anchors: [],
    ...extra,
  });
  const fragments = [
    {
      path: 'fragment/ja_12e7bbb.pf_fragment',
      content: fragment(
        page('/papers/b/', PAGEFIND_JA.content, {
          meta: { title: PAGEFIND_JA.title },
          anchors: PAGEFIND_JA.anchors,
          filters: PAGEFIND_JA.filters,
          word_count: 54,
        }),
      ),
    },
    {
      path: 'pagefind/fragment/ja_0a.pf_fragment',
      content: fragment(page('/papers/a/', 'テスト', { meta: {} }), false),
    },
    {
      path: 'pagefind\\fragment\\EN_ff.pf_fragment',
      content: fragment(
        page('/en/', 'Hello.', { meta: { title: 'Home' }, filters: { tag: ['x'] } }),
      ),
    },
    {
      path: 'fragment/zh-cn_1.pf_fragment',
      content: fragment(page('/zh/', '你好', { meta: { title: '首页' } })),
    },
  ];
  const files = [...others, entry({ en: 1, ja: 2, 'zh-cn': 1 }), ...fragments];

  test('reads fragments with or without the marker, by language, in address order; other files are left alone', () => {
    const out = pagefindRecords(files, '1.6.0');
    expect([...out.keys()].sort()).toEqual(['en', 'ja', 'zh-cn']);
    expect(out.get('ja')).toEqual([
      { url: '/papers/a/', title: '/papers/a/', content: 'テスト', anchors: [], filters: {} },
      {
        url: '/papers/b/',
        title: PAGEFIND_JA.title,
        content: PAGEFIND_JA.content,
        anchors: PAGEFIND_JA.anchors,
        filters: PAGEFIND_JA.filters,
      },
    ]);
    expect(out.get('en')).toEqual([
      { url: '/en/', title: 'Home', content: 'Hello.', anchors: [], filters: { tag: ['x'] } },
    ]);
  });

  test('names the installed Pagefind version, read from its package.json', () => {
    const version = installedPagefindVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(() => pagefindRecords(others)).toThrow(`Pagefind ${version} wrote`);
  });

  test.each<[string, { path: string; content: Uint8Array }[], RegExp]>([
    ['no entry file', [...others, ...fragments], /there is no pagefind-entry\.json/],
    [
      'an entry file that is not JSON',
      [...others, entryFile(junk), ...fragments],
      /pagefind-entry\.json .*not JSON/,
    ],
    [
      'an entry file without page counts',
      [...others, entryFile('{"version":"2.0.0","languages":{"ja":{}}}'), ...fragments],
      /pagefind-entry\.json .*languages\.ja\.page_count/,
    ],
    ['no pages at all', [...others, entry({})], /it lists no pages/],
    [
      'fragments under another name (they would be skipped)',
      [
        ...others,
        entry({ ja: 2 }),
        ...fragments
          .slice(0, 2)
          .map((f) => ({ ...f, path: f.path.replace('.pf_fragment', '.pf_frag') })),
      ],
      /counts 2 pages in "ja", but 0 files match fragment\/ja_<hash>\.pf_fragment/,
    ],
    ["a fragment that is not gzip'd", oneJa(junk), /fragment\/ja_1\.pf_fragment .*not gzip'd JSON/],
    [
      'a fragment without its text',
      oneJaPage({ content: undefined }),
      /fragment\/ja_1\.pf_fragment .*content: .*expected string/,
    ],
    [
      'a fragment whose anchors were renamed',
      oneJaPage({ anchors: undefined, headings: [] }),
      /fragment\/ja_1\.pf_fragment .*anchors: .*expected array/,
    ],
    [
      'an anchor whose location is not a word index',
      oneJaPage({ anchors: [{ element: 'h2', id: 'a', text: 'A', location: '3' }] }),
      /anchors\.0\.location: .*expected number/,
    ],
    [
      'a fragment whose address is not root-relative',
      oneJaPage({ url: 'papers/x/' }),
      /fragment\/ja_1\.pf_fragment .*url: /,
    ],
  ])('fails on %s, naming the version and what was expected', (_, bad, problem) => {
    const run = () => pagefindRecords(bad, '9.9.9');
    expect(run).toThrow(PagefindFormatError);
    expect(run).toThrow(problem);
    expect(run).toThrow(/^Pagefind 9\.9\.9 wrote .* Expected .*, as Pagefind 1\.6\.0 writes it\./s);
  });
});

// ---------------------------------------------------------------------------------------------
// highlight.ts (Latin terms at word starts; Japanese anywhere)

/** The text with each range markRanges returns in brackets (the ranges in order, apart). */
const marked = (text: string, terms: string[]) => {
  let out = '';
  let at = 0;
  for (const [start, end] of markRanges(text, terms)) {
    expect(start).toBeGreaterThanOrEqual(at);
    expect(end).toBeGreaterThan(start);
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
};

test.each<[string, string[], string]>([
  ['positional composite', ['posit'], '[positional] composite'],
  ['Composite positions', ['posit'], 'Composite [positions]'],
  ['Encodings and encoder', ['encod'], '[Encodings] and [encoder]'],
  ['ropes rope', ['rope'], '[ropes] [rope]'],
  ['test-time adaptation', ['time'], 'test-[time] adaptation'],
  ['RoPE-based', ['ＲｏＰＥ'], '[RoPE]-based'],
  ['拡張RoPEを使う', ['rope'], '拡張[RoPE]を使う'],
  ['ICLR2025 and 2025', ['2025'], 'ICLR2025 and [2025]'],
  ['naïve naïvely', ['naïve'], '[naïve] [naïvely]'],
  ['europe', ['rope'], 'europe'],
  // The longer term and its extension win; shorter ones inside are not marked again.
  ['positional encoding', ['posit', 'positional encoding'], '[positional encoding]'],
  ['positionally', ['positional', 'posit'], '[positionally]'],
  // Japanese terms still match inside runs and mark only themselves.
  ['共変量シフトの下で', ['変量'], '共[変量]シフトの下で'],
  ['ガウス分布とカウス', ['ガウス'], '[ガウス]分布とカウス'],
  ['拡散モデルの拡散', ['拡散'], '[拡散]モデルの[拡散]'],
  ['拡散モデルの拡散', ['拡散モデル', '拡散'], '[拡散モデル]の[拡散]'],
  // A Latin term after a mid-word miss is still found later in the text.
  ['composite, then positional', ['posit'], 'composite, then [positional]'],
])('markRanges: %j with %j', (text, terms, expected) => {
  expect(marked(text, terms)).toBe(expected);
});

test('the filters file is fetched for a filter or a glossary term, not for a plain query', async () => {
  // One more filter, past what meta.json carries (it then has no filters).
  const pad = ['x'.repeat(META_FILTERS_MAX_BYTES)];
  const big = engine(
    buildSearchIndex(EN.map((p) => ({ ...p, filters: { ...p.filters, pad } }))),
    'en',
  );
  expect(big.meta.f).toBeUndefined();
  await big.search('wavelets', {});
  expect(big.calls.f).toEqual([]);
  const rope = await big.search('RoPE', {});
  expect(big.calls.f).toHaveLength(1);
  const filtered = await big.search('models', { lab: 'CS Lab' });
  expect(big.calls.f).toHaveLength(2);
  // Where meta.json carries the filters, the same searches fetch nothing more and find the same.
  en.calls.f.length = 0;
  expect(urls(await en.search('RoPE', {}))).toEqual(urls(rope));
  expect(urls(await en.search('models', { lab: 'CS Lab' }))).toEqual(urls(filtered));
  expect(en.calls.f).toEqual([]);
});

test('a superseded search stops at its next wait when its signal is aborted, fetching no pages; an unaborted signal changes nothing', async () => {
  const controller = new AbortController();
  en.calls.d.length = 0;
  const pending = en.search('positional', {}, 5, controller.signal);
  controller.abort();
  await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  expect(en.calls.d).toEqual([]);
  const out = await en.search('positional', {}, 5, new AbortController().signal);
  expect(out).toEqual(await en.search('positional', {}, 5));
  expect(out.hits.length).toBeGreaterThan(0);
});

test('search file paths: each edition has its index folder and its glossary data below the base', async () => {
  const { searchIndexUrl, searchDataUrl } = await import('../../src/search/engine/paths');
  expect(searchIndexUrl('/', 'ja')).toBe('/search-index/ja/');
  expect(searchIndexUrl('/iclr2025/', 'en')).toBe('/iclr2025/search-index/en/');
  expect(searchDataUrl('/', 'ja')).toBe('/search-data.json');
  expect(searchDataUrl('/iclr2025/', 'en')).toBe('/iclr2025/en/search-data.json');
});

describe('a query that finds nothing, and glossary entries', () => {
  test('the word list holds the English words of five letters or more, most frequent first', () => {
    const { words } = en;
    // "positional" is on the page four times, "extrapolate" twice (and comes first in the alphabet).
    expect(words.indexOf('positional')).toBeLessThan(words.indexOf('extrapolate'));
  });

  // A misspelt word is retried one edit away, and the output says which query it shows; a query
  // with hits, a word two edits away and one shorter than five letters are not corrected, and the
  // word list is fetched only for a query with a word of five letters or more (not one being typed).
  test.each<[string, string | undefined, string | undefined, number]>([
    ['positoinal', 'positional', WAVE, 1],
    ['positional', undefined, WAVE, 0],
    ['pozitoinal', undefined, undefined, 1],
    ['wavlt', undefined, undefined, 1],
    ['rpoe', undefined, undefined, 0],
    ['w', undefined, undefined, 0],
    ['zq xy', undefined, undefined, 0],
  ])(
    '“%s” is corrected to %j, finds %j, fetches the word list %i times',
    async (q, corrected, slug, wordCalls) => {
      const e = engine(EN_INDEX, 'en');
      const out = await e.search(q, {});
      expect(out.corrected).toBe(corrected);
      if (slug) {
        expect(out.hits[0]?.url).toBe(`/en/papers/${slug}/`);
        expect(out.hits[0]?.excerpt).toContain('<mark>');
      } else expect(out.hits).toEqual([]);
      expect(e.calls.w).toHaveLength(wordCalls);
    },
  );

  test('a query naming a glossary term shows its entry, in the edition’s language, linking to it', async () => {
    expect((await en.search('RoPE', {})).glossary).toEqual([
      {
        term: 'rotary position embedding',
        definition: 'Encodes positions as rotations.',
        url: '/en/glossary/#rotary-position-embedding',
      },
    ]);
    expect((await ja.search('回転位置埋め込み', {})).glossary).toEqual([
      {
        term: '回転位置埋め込み',
        definition: '回転で位置を表す。',
        url: '/glossary/#rotary-position-embedding',
      },
    ]);
    expect((await en.search('wavelets', {})).glossary).toEqual([]);
  });
});
