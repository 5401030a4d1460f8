/**
 * Social cards: the element tree, the choice of font subsets and a real render to PNG with the
 * npm font, on the calling thread and in the worker threads (src/cards/card.ts, render.ts,
 * card-worker.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  cardText,
  cardTree,
  parseUnicodeRange,
  subsetIndex,
  subsetsFor,
  titleSize,
  type CardContent,
  type CardNode,
} from '../../src/cards/card';
import {
  cardPngs,
  cardProcessEnv,
  cardWorkerThreads,
  fontFilesFor,
  renderCardPng,
  renderCardPngInWorker,
  renderCardSvg,
  uncoveredCharacters,
} from '../../src/cards/render';

const JA: CardContent = {
  lang: 'ja',
  eyebrow: 'NTT ICLR 2025 論文ダイジェスト',
  title: '回帰のためのテスト時適応：重要な部分空間をそろえる',
  subtitle: 'Test-time Adaptation for Regression by Subspace Alignment',
  authors: "Kazuki Adachi, Shin'ya Yamaguchi, Atsutoshi Kumagai and Tomoki Hamagami",
  venue: 'ICLR 2025',
};

const texts = (node: CardNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node.props.children === 'string'
      ? [node.props.children]
      : (node.props.children ?? []).flatMap(texts);

describe('parseUnicodeRange', () => {
  test.each([
    ['U+0000-00FF', [[0, 255]]],
    [
      'U+3000-303f, U+4e00',
      [
        [0x3000, 0x303f],
        [0x4e00, 0x4e00],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
  ])('parses %j', (input, expected) => {
    expect(parseUnicodeRange(input)).toEqual(expected);
  });
});

describe('subsetsFor', () => {
  const map = { '[1]': 'U+3042-3093', '[2]': 'U+4e00-4fff', latin: 'U+0000-00FF' };
  test('picks only the subsets whose ranges cover the text, in the map order, skipping characters none covers', () => {
    expect(subsetsFor('あA', map)).toEqual(['[1]', 'latin']);
    expect(subsetsFor('ICLR', map)).toEqual(['latin']);
    expect(subsetsFor('😀', map)).toEqual([]);
  });
});

describe('subsetIndex', () => {
  test('finds the first subset in map order that covers a code point', () => {
    const { names, find } = subsetIndex({
      a: 'U+0041-005A',
      b: 'U+0041, U+3042',
      c: 'U+4e00-4fff',
    });
    expect(names).toEqual(['a', 'b', 'c']);
    expect([find(0x41), find(0x3042), find(0x4e01), find(0x1f600)]).toEqual([
      'a',
      'b',
      'c',
      undefined,
    ]);
  });
  test('parses a map once: the same map gives the same index', () => {
    const map = { latin: 'U+0000-00FF' };
    expect(subsetIndex(map)).toBe(subsetIndex(map));
    expect(subsetIndex({ ...map })).not.toBe(subsetIndex(map));
  });
});

describe('cardTree', () => {
  test('shows the title, the original title, the authors and the venue', () => {
    const all = texts(cardTree(JA));
    expect(all).toEqual(
      expect.arrayContaining([JA.title, JA.subtitle, JA.authors, 'ICLR 2025', JA.eyebrow]),
    );
  });
  test('is 1200×630 and uses the font family it is given', () => {
    const style = cardTree(JA, "'A', 'B'").props.style ?? {};
    expect([style['width'], style['height'], style['fontFamily']]).toEqual([1200, 630, "'A', 'B'"]);
  });
  test('leaves out the lines a card does not have', () => {
    const all = texts(
      cardTree({ lang: 'en', eyebrow: 'Site', title: 'Search', venue: 'ICLR 2025' }),
    );
    expect(all).toEqual(['Site', 'Search', 'ICLR 2025']);
  });
  test('shrinks long titles', () => {
    expect(titleSize('Short', 'en')).toBeGreaterThan(
      titleSize('A much longer title '.repeat(6), 'en'),
    );
    expect(titleSize('日本語'.repeat(20), 'ja')).toBeLessThan(titleSize('日本語', 'ja'));
  });
});

/** Tests that start worker threads: each loads satori and the fonts, which takes seconds on a busy machine. */
const WORKER_TIMEOUT = 30_000;

describe('rendering', () => {
  test('loads the Japanese subsets the text needs, in regular and bold', () => {
    const fonts = fontFilesFor(cardText(JA));
    expect(fonts.length).toBeGreaterThan(2);
    expect(new Set(fonts.map((f) => f.weight))).toEqual(new Set([400, 700]));
    for (const f of fonts) expect(existsSync(f.file), f.file).toBe(true);
  });

  test('the font covers every character of a Japanese card', () => {
    expect(uncoveredCharacters(cardText(JA))).toEqual([]);
    expect(uncoveredCharacters('\u{10FFFD}')).toEqual(['\u{10FFFD}']);
  });

  test('draws text as paths, so the SVG needs no font, and refuses text the font cannot draw', async () => {
    const svg = await renderCardSvg(JA);
    expect(svg).toMatch(/^<svg/);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<path');
    await expect(renderCardSvg({ ...JA, title: 'x\u{10FFFD}' })).rejects.toThrow(/cannot draw/);
  });

  test('writes a 1200×630 PNG', async () => {
    const png = await renderCardPng(JA);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    if (process.env['CARD_PREVIEW']) writeFileSync(process.env['CARD_PREVIEW'], png);
  });

  test(
    "a worker's failure rejects its card with the worker's message, and the next card is drawn",
    async () => {
      const missing = [
        {
          name: 'Missing',
          file: '/nonexistent/font.woff',
          weight: 400 as const,
          style: 'normal' as const,
        },
      ];
      await expect(renderCardPngInWorker(JA, missing)).rejects.toThrow(/ENOENT.*nonexistent/);
      const png = await renderCardPngInWorker(JA);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    },
    WORKER_TIMEOUT,
  );

  test(
    'cardPngs serves every card of the list by id, and a card not in it',
    async () => {
      const EN: CardContent = {
        lang: 'en',
        eyebrow: 'NTT at ICLR 2025',
        title: 'Search',
        venue: 'ICLR 2025',
      };
      const get = cardPngs(
        [
          { id: 'ja', card: JA },
          { id: 'en', card: EN },
        ],
        1,
      );
      const [ja, en, other] = await Promise.all([
        get('ja', JA),
        get('en', EN),
        get('other', { ...EN, title: 'Glossary' }),
      ]);
      expect(Buffer.compare(ja, await renderCardPng(JA))).toBe(0);
      expect(Buffer.compare(en, await renderCardPng(EN))).toBe(0);
      expect(Buffer.compare(other, await renderCardPng({ ...EN, title: 'Glossary' }))).toBe(0);
    },
    WORKER_TIMEOUT,
  );

  // Last: it leaves no worker running for the tests above.
  test(
    'the card workers end after half a second without work',
    async () => {
      await renderCardPngInWorker(JA);
      expect(cardWorkerThreads()).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(cardWorkerThreads()).toBe(0);
    },
    WORKER_TIMEOUT,
  );
});

describe('cardProcessEnv', () => {
  test("passes the build's environment on without mimalloc's options", () => {
    expect(
      cardProcessEnv({
        PATH: '/usr/bin',
        MIMALLOC_PURGE_DELAY: '0',
        MIMALLOC_PURGE_DECOMMITS: '1',
        NODE_ENV: 'production',
        UNSET: undefined,
      }),
    ).toEqual({ PATH: '/usr/bin', NODE_ENV: 'production' });
  });
});
