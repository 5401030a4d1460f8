/**
 * Query normalisation, glossary expansion, merging of searches and landing-page marks
 * (src/search/engine/expand.ts, src/search/build/search-data.ts).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/content/schema';
import {
  expandQuery,
  highlightTerms,
  normaliseQuery,
  synonymKey,
  synonymTable,
} from '../../src/search/engine/expand';

const raw = yaml.load(
  readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const glossary: Record<string, GlossaryEntry> = Object.fromEntries(
  Object.entries(raw).map(([k, v]) => [k, glossaryEntrySchema.parse(v)]),
);
const table = synonymTable(glossary);

test.each([
  ['ＲｏＰＥ', 'RoPE'],
  ['ｔｅｓｔ−ｔｉｍｅ　ａｄａｐｔａｔｉｏｎ', 'test-time adaptation'],
  ['ｳｪｰﾌﾞﾚｯﾄ', 'ウェーブレット'],
  ['  拡散モデル  ', '拡散モデル'],
  ['ICLR２０２５', 'ICLR2025'],
  ['test–time', 'test-time'],
  // Dakuten are kept: ガ stays ガ and カ stays カ.
  ['ガウス', 'ガウス'],
  ['ｶﾞｳｽ', 'ガウス'],
  ['カウス', 'カウス'],
])('normaliseQuery: %j → %j', (input, expected) => {
  expect(normaliseQuery(input)).toBe(expected);
});

describe('expandQuery with the real glossary', () => {
  test.each([
    ['TTA', 'ja', ['テスト時適応'], ['test-time-adaptation-regression']],
    ['tta', 'en', ['test-time adaptation'], ['test-time-adaptation-regression']],
    ['ＬＭＣ', 'ja', ['線形モード接続性'], ['linear-mode-connectivity-weight-matching']],
    ['RoPE', 'en', ['rotary position embedding'], ['wavelet-positional-representation']],
    ['PU learning', 'ja', ['正例ラベルなし学習'], ['pu-diffusion-models']],
    ['ウエーブレット変換', 'ja', ['ウェーブレット変換'], ['wavelet-positional-representation']],
    ['拡散モデル', 'ja', [], ['pu-diffusion-models']],
    ['test time adaptation', 'en', [], ['test-time-adaptation-regression']],
  ] as const)('%j on the %s page', (q, lang, alternatives, papers) => {
    const out = expandQuery(q, table, lang);
    expect(out.alternatives).toEqual(alternatives);
    expect(out.papers).toEqual(papers);
  });

  test('a Japanese term inside a longer query is found; a Latin abbreviation only as a whole word', () => {
    expect(expandQuery('拡散モデルの安全性', table, 'ja').matched).toEqual(['diffusion-model']);
    expect(expandQuery('拡散', table, 'ja').matched).toEqual([]);
    expect(expandQuery('input', table, 'en').matched).toEqual([]);
    expect(expandQuery('PU diffusion', table, 'en').matched).toEqual(['pu-learning']);
  });

  test('the longest name wins: "PU learning" is one match, not PU plus learning', () => {
    expect(expandQuery('PU learning', table, 'en')).toMatchObject({
      matched: ['pu-learning'],
      alternatives: [],
    });
  });

  test('a query that names no term is only normalised', () => {
    expect(expandQuery('ｚｑｘ', table, 'ja')).toEqual({
      query: 'zqx',
      alternatives: [],
      papers: [],
      matched: [],
    });
  });

  test('synonymKey unifies case, width, hyphens and spaces', () => {
    expect(synonymKey('Test-Time  Adaptation')).toBe(
      synonymKey('ｔｅｓｔ ｔｉｍｅ ａｄａｐｔａｔｉｏｎ'),
    );
  });
});

test('highlightTerms, the marks on the landing page: query, its words and glossary terms, longest first', () => {
  expect(
    highlightTerms({ query: 'TTA regression', alternatives: ['test-time adaptation'] }),
  ).toEqual(['test-time adaptation', 'TTA regression', 'regression', 'TTA']);
});
