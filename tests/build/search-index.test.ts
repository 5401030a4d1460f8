/**
 * The search index in the build (dist/search-index/<lang>/): its files, and the regression cases
 * run through the shipped search code (src/search/engine/search.ts) in Node against the built
 * files. The browser suite runs the same cases through the dialog in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { describe, expect, test } from 'vitest';
import type { GlossaryEntry } from '../../src/content/schema';
import { EXCLUDE_SELECTORS } from '../../src/integrations/search-index';
import { pagefindRecords } from '../../src/search/build/pagefind-records';
import type { SearchData } from '../../src/search/build/search-data';
import type {
  SearchDoc,
  SearchFilters,
  SearchMeta,
  SearchShard,
} from '../../src/search/engine/format';
import { SEARCH_FORMAT } from '../../src/search/engine/format';
import { createSearch, type Search } from '../../src/search/engine/search';
import { CASES, EMPTY, LMC, PUDM, TTA, WAVE } from '../support/search-cases';
import { paperPath } from '../../src/site/routes';
import { contentSlugs, DIST as dist, ROOT } from '../support/dist';

const json = <T>(rel: string): T => JSON.parse(readFileSync(join(dist, rel), 'utf8')) as T;
const LANGS = ['ja', 'en'] as const;
const PAPERS = contentSlugs();

/**
 * An edition's built index: meta.json, its folder, a reader of the files in it, its pages (and
 * their files' text), and the shipped search over them.
 */
function indexOf(lang: 'ja' | 'en') {
  const meta = json<SearchMeta>(`search-index/${lang}/meta.json`);
  const data = json<SearchData>(`${lang === 'en' ? 'en/' : ''}search-data.json`);
  const dir = join(dist, 'search-index', lang, meta.h);
  const read = <T>(rel: string): T => JSON.parse(readFileSync(join(dir, rel), 'utf8')) as T;
  const docs = meta.d.map((_, i) => read<SearchDoc>(`d/${i}.json`));
  const texts = readdirSync(join(dir, 'd'))
    .map((f) => readFileSync(join(dir, 'd', f), 'utf8'))
    .join('\n');
  const search: Search = createSearch({
    meta,
    data,
    lang,
    shard: async (n) => read<SearchShard>(`s/${n}.json`),
    doc: async (n) => read<SearchDoc>(`d/${n}.json`),
    filters: async () => read<SearchFilters>('f.json'),
    words: async () => read<string[]>('w.json'),
  });
  return { meta, dir, read, docs, texts, search };
}

describe.each(LANGS)('search index (%s)', (lang) => {
  const { meta, dir, read, docs, texts } = indexOf(lang);

  test('meta names this format and a folder that exists with every shard and page', () => {
    expect(meta.v).toBe(SEARCH_FORMAT);
    expect(readdirSync(join(dir, 's')).length).toBe(meta.s);
    expect(readdirSync(join(dir, 'd')).length).toBe(meta.d.length);
    expect(meta.n).toBe(meta.d.reduce((a, b) => a + b, 0));
    expect(existsSync(join(dist, 'pagefind')), "Pagefind's own reader is not shipped").toBe(false);
  });

  test('indexes the home page and every paper page, nothing else', () => {
    const urls = docs.map((d) => d.u).sort();
    expect(urls).toEqual(
      [lang === 'en' ? '/en/' : '/', ...PAPERS.map((s) => paperPath(lang, s))].sort(),
    );
  });

  test('filters by topic, laboratory and paper come from the pages, in their own file and (this site is small) in meta.json', () => {
    const f = read<SearchFilters>('f.json');
    expect(Object.keys(f).sort()).toEqual(['lab', 'paper', 'tag']);
    expect(Object.keys(f['paper'] ?? {}).length).toBe(4);
    for (const pages of Object.values(f['paper'] ?? {})) expect(pages).toHaveLength(1);
    expect(Object.keys(meta).sort()).toEqual(['d', 'f', 'h', 'n', 's', 't', 'v']);
    expect(meta.f).toEqual(f);
  });

  test("meta.json names each page's address and title, as its page file does: the page's h1", () => {
    expect(meta.t).toEqual(docs.map((d) => [d.u, d.t]));
    for (const d of docs) {
      const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(readFileSync(join(dist, d.u, 'index.html'), 'utf8'));
      expect(decodeHTML(h1?.[1]?.replace(/<[^>]+>/g, '') ?? ''), d.u).toBe(d.t);
    }
  });

  test('no shard holds TeX, navigation or footer words', () => {
    const terms = new Set<string>();
    for (let i = 0; i < meta.s; i++)
      for (const t of Object.keys(read<SearchShard>(`s/${i}.json`))) terms.add(t);
    for (const t of ['mathcal', 'mathrm', 'frac', 'katex']) expect(terms.has(t), t).toBe(false);
  });

  test('page texts keep a short formula as readable text and a long one as a marker, never a hole or TeX', () => {
    const [short, placeholder] =
      lang === 'ja'
        ? ['q_m は m 番目のクエリ', '（数式）']
        : ['where q_m is the query', '(formula)'];
    expect(texts).toContain(short);
    expect(texts).toContain(placeholder);
    expect(texts).not.toMatch(/ は {1,2}番目/);
    // Formulas read as text: "L_train = 512", never TeX's braces or commands.
    expect(texts).toContain('L_train = 512');
    expect(texts).not.toMatch(/[_^]\{|\\\\[a-zA-Z]|［数式］/);
  });

  test("a caption's, a header cell's and a definition list term's words end there, not run into the next", () => {
    // Each <th> and <dt> of the page's HTML, and a caption's text before its label, is in its
    // page text followed by a full stop or a space, as a paragraph's last word is ("Original
    // title. Wavelet…", not "titleWavelet").
    let checked = 0;
    for (const doc of docs) {
      const html = readFileSync(join(dist, doc.u.replace(/^\//, ''), 'index.html'), 'utf8');
      const text = doc.s.map((s) => s[2]).join(' ');
      const ends = /<(th|dt)\b[^>]*>([^<]+)<\/\1>|<caption\b[^>]*>([^<]+)<(?!\/caption)/g;
      for (const [, , cell, caption] of html.matchAll(ends)) {
        const words = decodeHTML((cell ?? caption) as string).trim();
        expect(
          [`${words}.`, `${words} `].some((w) => text.includes(w)),
          words,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('glossary definitions shown in place on paper pages', () => {
  const glossary = yaml.load(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as Record<
    string,
    GlossaryEntry
  >;
  test.each(LANGS)('are on the pages but in no page text of the %s index', (lang) => {
    const { texts } = indexOf(lang);
    const pages = PAPERS.map((slug) =>
      readFileSync(join(dist, paperPath(lang, slug), 'index.html'), 'utf8'),
    ).join('\n');
    let shown = 0;
    for (const [id, entry] of Object.entries(glossary)) {
      if (pages.includes(`id="glossary-def-${id}"`)) {
        shown++;
        expect(pages.replace(/<[^>]+>/g, ''), id).toContain(entry.definition[lang]);
      }
      // The body may share a few words with a definition, not a whole sentence of it.
      expect(texts, id).not.toContain(entry.definition[lang].split(/[。.;；]/)[0]);
    }
    expect(shown).toBeGreaterThanOrEqual(12);
  });
});

describe("the installed Pagefind's files", () => {
  test('of the built site pass the format check, with one record per indexed page', async () => {
    const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new Error('Pagefind could not start');
    await index.addDirectory({ path: dist });
    const { files } = await index.getFiles();
    await pagefind.close();
    const records = pagefindRecords(files);
    for (const lang of LANGS)
      expect(records.get(lang)?.length, lang).toBe(
        json<SearchMeta>(`search-index/${lang}/meta.json`).d.length,
      );
  });
});

describe('regression cases through the shipped search code (Node)', () => {
  const engines = { ja: indexOf('ja').search, en: indexOf('en').search };

  test.each(CASES)('%s “%s” → %s (%s)', async (lang, query, slug, _kind, section) => {
    const out = await engines[lang](query, {}, 5);
    const first = out.hits[0];
    expect(first?.url, `all: ${out.hits.map((h) => h.url).join(', ')}`).toBe(paperPath(lang, slug));
    if (section)
      expect(first?.sections.map((s) => s.url)).toContain(`${paperPath(lang, slug)}#${section}`);
    expect(first?.excerpt).toMatch(/\S/);
  });

  test('an author’s Japanese name finds every paper that lists it (nameJa in paper.yaml)', async () => {
    const out = await engines.ja('熊谷', {}, 10);
    const urls = out.hits.map((h) => h.url);
    for (const slug of [TTA, LMC, PUDM]) expect(urls).toContain(paperPath('ja', slug));
    expect(urls).not.toContain(paperPath('ja', WAVE));
  });

  test.each(EMPTY)('%s “%s” finds nothing (%s)', async (lang, query) => {
    const out = await engines[lang](query, {}, 5);
    expect(out.hits).toEqual([]);
    expect(out.total).toBe(0);
  });
});
