/**
 * The comparison table and the CSV/JSON downloads (src/content/views/tables.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  comparisonData,
  comparisonRows,
  csvField,
  impactData,
  tableCsv,
  tableJson,
  tablePath,
  toCsv,
} from '../../src/content/views/tables';
import { sampleView } from './support/paper-view';

const labels = {
  paper: '論文',
  task: 'タスク',
  problem: '課題',
  keyIdea: '鍵となるアイデア',
  data: 'データ',
  result: '主な結果',
  code: '公式実装',
};
const href = (slug: string) => `/iclr2025/papers/${slug}/`;
const absolute = (h: string) => `https://example.org${h}`;

describe('CSV and JSON', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['日本語、読点', '日本語、読点'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  test('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
  test("the comparison CSV has localized headers, each paper's row from its frontmatter and facts with absolute links, and an empty cell for missing code; the JSON, English keys and null", () => {
    const rows = comparisonRows(
      [sampleView('ja'), sampleView('ja', { code: undefined }, 'other')],
      href,
    );
    expect(rows.map((r) => r.slug)).toEqual(['test-time-adaptation-regression', 'other']);
    const data = comparisonData(rows, labels, absolute);
    const lines = tableCsv(data).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('論文,URL,タスク,課題,鍵となるアイデア,データ,主な結果,公式実装');
    expect(lines[1]).toBe(
      '回帰のためのテスト時適応,https://example.org/iclr2025/papers/test-time-adaptation-regression/,回帰,P,K,"SVHN→MNIST, UTKFace",R,https://github.com/kzkadc/regression-tta',
    );
    expect(lines[2]?.endsWith(',')).toBe(true);
    // The JSON holds the same records with stable English keys, and null for missing code.
    expect(JSON.parse(tableJson(data))[1]).toEqual({
      paper: '回帰のためのテスト時適応',
      url: 'https://example.org/iclr2025/papers/other/',
      task: '回帰',
      problem: 'P',
      keyIdea: 'K',
      data: 'SVHN→MNIST, UTKFace',
      result: 'R',
      code: null,
    });
  });
});

describe('impactData', () => {
  test('the impact table keeps the paper theme and link', () => {
    const data = impactData(
      [
        {
          area: 'a',
          impact: 'i',
          stakeholders: 's',
          risk: 'r',
          paper: { slug: 'x', theme: 'T', href: '/x/' },
        },
      ],
      { paper: 'P', area: 'A', impact: 'I', stakeholders: 'S', risk: 'R' },
      absolute,
    );
    expect(data.records).toEqual([
      {
        paper: 'T',
        url: 'https://example.org/x/',
        area: 'a',
        impact: 'i',
        stakeholders: 's',
        risk: 'r',
      },
    ]);
  });
});

describe('tablePath', () => {
  test("puts each edition's downloads under its own root", () => {
    expect([tablePath('ja', 'comparison', 'csv'), tablePath('en', 'impact', 'json')]).toEqual([
      '/data/comparison.csv',
      '/en/data/impact.json',
    ]);
  });
});
