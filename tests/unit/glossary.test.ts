/**
 * The glossary: its schema and linter rules, the display order, and the rehype step that links
 * a term's first use in a paper to its entry (src/markdown/rehype-glossary.ts).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/content/schema';
import { lintGlossary } from '../../src/lint';
import { glossaryItems } from '../../src/content/views/glossary';
import { linkFirstUses, linkTargets } from '../../src/markdown/rehype-glossary';

const entry = (over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  term: '拡散モデル',
  reading: 'かくさんもでる',
  en: 'diffusion model',
  abbreviations: [],
  aliases: [],
  definition: { ja: '説明。', en: 'A definition.' },
  papers: ['pu-diffusion-models'],
  ...over,
});

describe('glossary schema', () => {
  test('a full entry parses; abbreviations and aliases default to []', () => {
    const { abbreviations: _a, aliases: _b, ...rest } = entry();
    expect(glossaryEntrySchema.parse(rest)).toMatchObject({ abbreviations: [], aliases: [] });
  });
  test.each([
    [{ reading: 'カクサン' }, 'reading must be written in hiragana'],
    [{ term: '' }, 'term must not be empty'],
    [{ papers: [] }, 'papers must list at least one paper'],
    [{ definition: { ja: 'x' } }, 'definition.en'],
  ])('%j fails with a clear message', (over, message) => {
    const result = glossaryEntrySchema.safeParse({ ...entry(), ...over });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

describe('glossary linter', () => {
  // That the real content, glossary included, lints clean: content-lint.test.ts.
  const lint = (entries: Record<string, unknown>) =>
    lintGlossary(new Map([['glossary.yaml', JSON.stringify(entries)]]), 'content', [
      'pu-diffusion-models',
    ]);
  test.each([
    [
      'an unknown paper',
      { x: entry({ papers: ['no-such-paper'] }) },
      'x.papers[1]',
      '"no-such-paper" is not a paper',
    ],
    // No 「ありばい」 for ALiBi.
    [
      'a reading on a term not written in Japanese',
      { alibi: entry({ term: 'ALiBi', en: 'ALiBi', reading: 'ありばい' }) },
      'alibi.reading',
      'the term "ALiBi" is not written in Japanese, so it has no reading: remove "reading"',
    ],
    [
      'a Japanese term without its reading, also when it mixes in Latin letters',
      { kl: entry({ term: 'KL ダイバージェンス', en: 'KL divergence', reading: undefined }) },
      'kl.reading',
      'the Japanese term "KL ダイバージェンス" needs its reading in hiragana',
    ],
  ])('reports %s', (_, entries, where, message) => {
    expect(lint(entries)).toEqual([
      expect.objectContaining({
        file: 'content/glossary.yaml',
        where,
        message: expect.stringContaining(message),
      }),
    ]);
  });
  test('a name used by two entries is reported', () => {
    const problems = lint({
      a: entry({ abbreviations: ['DM'] }),
      b: entry({ term: '別の用語', en: 'other', abbreviations: ['ＤＭ'] }),
    });
    expect(problems.map((p) => p.message).join('\n')).toContain(
      '"dm" is already used by the entry "a"',
    );
  });
  test('a key that is not kebab-case is reported; a Latin term without reading and a missing glossary are fine', () => {
    expect(lint({ Bad_Key: entry() })[0]?.message).toContain('kebab-case');
    expect(lint({ alibi: entry({ term: 'ALiBi', en: 'ALiBi', reading: undefined }) })).toEqual([]);
    expect(lintGlossary(new Map(), 'content', [])).toEqual([]);
  });
});

describe('glossaryItems', () => {
  test('the English edition shows no reading; the Japanese one only for Japanese terms', () => {
    const entries = {
      alibi: entry({ term: 'ALiBi', en: 'ALiBi', reading: undefined }),
      dm: entry(),
    };
    expect(glossaryItems(entries, 'en').map((i) => i.reading)).toEqual([undefined, undefined]);
    expect(glossaryItems(entries, 'ja').map((i) => [i.id, i.reading])).toEqual([
      ['alibi', undefined],
      ['dm', 'かくさんもでる'],
    ]);
  });
  test('Japanese entries sort by reading, English ones by term', () => {
    const entries = {
      b: entry({ term: '外挿', reading: 'がいそう', en: 'extrapolation' }),
      a: entry({ term: '位置符号化', reading: 'いちふごうか', en: 'positional encoding' }),
    };
    expect(glossaryItems(entries, 'ja').map((i) => i.id)).toEqual(['a', 'b']);
    expect(glossaryItems(entries, 'en').map((i) => i.term)).toEqual([
      'extrapolation',
      'positional encoding',
    ]);
  });
});

describe('linkFirstUses', () => {
  const toHtml = (node: Root | Element) =>
    unified()
      .use(rehypeStringify)
      .stringify(node.type === 'root' ? node : { type: 'root', children: [node] });
  const links = (tree: Root) => JSON.stringify(tree).match(/"href":"[^"]+"/g) ?? [];
  const rope = entry({
    term: '回転位置埋め込み',
    en: 'rotary position embedding',
    abbreviations: ['RoPE'],
  });
  const targets = linkTargets(
    { 'diffusion-model': entry(), 'rotary-position-embedding': rope },
    'ja',
    '/',
  );

  test('links only the first use of each term, to the edition’s glossary', () => {
    const tree = h(null, [h('p', '拡散モデルは拡散モデルである。'), h('p', 'RoPE と拡散モデル')]);
    linkFirstUses(tree, targets);
    expect(links(tree)).toEqual([
      '"href":"/glossary/#diffusion-model"',
      '"href":"/glossary/#rotary-position-embedding"',
    ]);
    const [button, pop] = (tree.children[0] as Element).children as [Element, Element];
    // A tap shows the definition (never toggles it shut), and so does a lingering hover or focus.
    expect(toHtml(button)).toBe(
      '<button type="button" class="glossary-ref" popovertarget="glossary-def-diffusion-model" popovertargetaction="show" interestfor="glossary-def-diffusion-model">拡散モデル</button>',
    );
    // The definition, in place, then the link to the entry (and no tooltip repeating the term).
    expect(toHtml(pop)).toBe(
      '<span id="glossary-def-diffusion-model" class="glossary-def" popover="auto" lang="ja" data-pagefind-ignore=""><strong class="glossary-def-term">拡散モデル</strong> <span class="glossary-def-text">説明。</span> <a href="/glossary/#diffusion-model" class="glossary-link">用語集の項目へ</a></span>',
    );
    expect(JSON.stringify(tree)).not.toContain('"title"');
  });

  test('marks words of the other script inside a definition with their language', () => {
    const en = linkTargets(
      {
        'rotary-position-embedding': entry({
          en: 'rotary position embedding',
          abbreviations: ['RoPE'],
          definition: { ja: '説明。', en: 'Rotating queries (回転) by position.' },
        }),
      },
      'en',
      '/',
    );
    const tree = h(null, [h('p', 'RoPE is used.')]);
    linkFirstUses(tree, en);
    expect(toHtml(tree)).toContain(
      '<span class="glossary-def-text">Rotating queries (<span lang="ja">回転</span>) by position.</span> <a href="/en/glossary/#rotary-position-embedding" class="glossary-link">Glossary entry</a>',
    );
  });

  test('skips headings, links, code and KaTeX; links the first use outside them', () => {
    const tree = h(null, [
      h('h3', '拡散モデル'),
      h('p', [h('a', { href: '#x' }, '拡散モデル'), h('code', 'RoPE'), h('span.katex', 'RoPE')]),
      h('p', '後の拡散モデル'),
    ]);
    linkFirstUses(tree, targets);
    expect(links(tree)).toEqual(['"href":"#x"', '"href":"/glossary/#diffusion-model"']);
  });

  test('skips captions and table headers, whose text names the table', () => {
    const tree = h(null, [
      h('figcaption', '拡散モデル'),
      h('caption', 'RoPE'),
      h('th', 'RoPE'),
      h('p', 'RoPE'),
    ]);
    linkFirstUses(tree, targets);
    expect(links(tree)).toEqual(['"href":"/glossary/#rotary-position-embedding"']);
    expect(
      toHtml(tree).startsWith(
        '<figcaption>拡散モデル</figcaption><caption>RoPE</caption><th>RoPE</th><p><button',
      ),
    ).toBe(true);
  });

  test('Latin forms match whole words only, ignoring case; the English edition links under /en/', () => {
    const en = linkTargets({ 'rotary-position-embedding': rope }, 'en', '/sub/');
    const tree = h(null, [h('p', 'Europe uses ROPE.')]);
    linkFirstUses(tree, en);
    expect(links(tree)).toEqual(['"href":"/sub/en/glossary/#rotary-position-embedding"']);
    expect(JSON.stringify(tree)).toContain('"value":"Europe uses "');
  });
});
