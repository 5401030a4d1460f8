/**
 * The Markdown/MDX pipeline (src/markdown/): snippets go through the REAL plugin lists exported by
 * pipeline.ts (`remarkPlugins`, `rehypePlugins`), between remark-parse + remark-gfm (GFM is on in
 * Astro) and remark-rehype + rehype-stringify. Assertions look at the hast tree or at substrings.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { EN, JA, render, renderWithAstro } from './support/render';
import { contentPath, langFromPath } from '../../src/content/file-info';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline';
import { toString as text } from 'hast-util-to-string';
import { markForeignRuns } from '../../src/markdown/rehype-lang';
import { all, hasClass, tag } from './support/hast';
import { classesOf } from '../../src/markdown/hast-classes';

const langSpans = (node: Root | Element) =>
  all(node, (e) => e.tagName === 'span' && e.properties['lang'] !== undefined);

describe('remarkPlugins and rehypePlugins: math', () => {
  test('renders inline math as KaTeX with the MathML kept', () => {
    const { tree, html } = render('重み $w\\in\\mathbb{R}^D$ を使う。');
    const katex = all(tree, hasClass('katex'));
    expect(katex).toHaveLength(1);
    expect(all(katex[0] as Element, tag('math'))).toHaveLength(1);
    expect(all(katex[0] as Element, hasClass('katex-html'))).toHaveLength(1);
    expect(html).toContain(
      '<annotation encoding="application/x-tex">w\\in\\mathbb{R}^D</annotation>',
    );
    // Only a display formula is made focusable (to scroll it by keyboard).
    expect(katex[0]?.properties['tabIndex']).toBeUndefined();
  });

  test('renders display math as a KaTeX display block with block MathML, focusable', () => {
    const { tree } = render(
      '$$\nR^2 = 1-\\frac{\\sum_i (y_i-\\hat y_i)^2}{\\sum_i (y_i-\\bar y)^2}\n$$\n',
      EN,
    );
    const display = all(tree, hasClass('katex-display'));
    expect(display).toHaveLength(1);
    expect(
      all(
        display[0] as Element,
        (e) => e.tagName === 'math' && e.properties['display'] === 'block',
      ),
    ).toHaveLength(1);
    expect(display[0]?.properties['tabIndex']).toBe(0);
  });

  test.each([
    [
      'a broken display formula',
      'Intro.\n\n$$\n\\frac{1}{\n$$\n',
      JA,
      /^content\/papers\/x\/ja\.mdx:3: this formula cannot be rendered by KaTeX: /,
    ],
    [
      'a broken inline formula',
      'Line one.\n\nLine $\\sqrt[3]{x$ three.\n',
      EN,
      /^content\/papers\/x\/en\.mdx:3: this formula cannot be rendered by KaTeX: /,
    ],
  ])('fails on %s, naming the file and line', (_, markdown, path, message) => {
    expect(() => render(markdown, path)).toThrow(message);
  });
});

describe('remarkPlugins and rehypePlugins: headings', () => {
  test.each([
    ['## 手法', 'a Japanese', JA, '手法', '「手法」への直接リンク'],
    ['## Method', 'an English', EN, 'Method', 'Link to section “Method”'],
  ])(
    'turns "%s" in %s file into <h3 id="method"> with an anchor link',
    (md, _, path, title, label) => {
      const { tree } = render(`${md}\n\nx\n`, path);
      const [h3] = all(tree, tag('h3'));
      expect(h3?.properties['id']).toBe('method');
      expect(text(h3 as Element)).toBe(title);
      const [wrapper] = all(tree, hasClass('heading-wrapper'));
      expect(classesOf(wrapper as Element)).toEqual(['heading-wrapper', 'level-h3']);
      // The link is left out of the search index and hides its "#" from screen readers.
      const [link] = all(tree, hasClass('anchor-link'));
      expect(link?.properties).toMatchObject({ href: '#method', dataPagefindIgnore: '' });
      expect(link?.children.map((c) => [(c as Element).properties, text(c)])).toEqual([
        [{ ariaHidden: 'true' }, '#'],
        [{ className: ['sr-only'] }, label],
      ]);
    },
  );

  test.each([
    ['# One', 'h2'],
    ['## Two', 'h3'],
    ['### Three', 'h4'],
    ['##### Five', 'h6'],
    ['###### Six', 'h6'],
  ])('moves "%s" one level down to <%s>', (markdown, expected) => {
    expect(
      all(render(`${markdown}\n`, EN).tree, (e) => /^h[1-6]$/.test(e.tagName))[0]?.tagName,
    ).toBe(expected);
  });

  test('slugs a heading with inline math from its text and renders the math', () => {
    const { tree } = render('### The top $K$ directions\n', EN);
    const [h4] = all(tree, tag('h4'));
    expect(h4?.properties['id']).toBe('the-top-k-directions');
    expect(all(h4 as Element, hasClass('katex'))).toHaveLength(1);
  });

  test('gives every heading of a document a distinct id', () => {
    const { tree } = render('## Method\n\na\n\n## Results\n\n### Method\n\nb\n', EN);
    const ids = all(tree, (e) => /^h[1-6]$/.test(e.tagName)).map((h) => String(h.properties['id']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('remarkPlugins and rehypePlugins: language of words', () => {
  test('wraps Latin words in a Japanese paragraph in <span lang="en">', () => {
    const { tree, html } = render('提案手法 SSA は Significant-subspace Alignment の略である。');
    expect(langSpans(tree).map((s) => [s.properties['lang'], text(s)])).toEqual([
      ['en', 'SSA'],
      ['en', 'Significant-subspace Alignment'],
    ]);
    expect(html).toContain('<span lang="en">SSA</span>');
  });

  test('does not mark anything inside KaTeX output', () => {
    const { tree } = render('式 $\\text{loss} + \\mathrm{KL}(p \\| q)$ と $$x$$ を使う SSA。');
    for (const katex of all(tree, hasClass('katex'))) expect(langSpans(katex)).toEqual([]);
    expect(langSpans(tree).map(text)).toEqual(['SSA']);
  });

  test.each([
    ['a display formula', '説明。\n\n$$\n\\text{Adam} \\quad \\mathrm{ResNet}\n$$\n', JA],
    ['code', '設定は `param: fe_bn` である。\n\n```\nlearning rate\n```\n', JA],
  ])('does not mark %s', (_, markdown, path) => {
    expect(langSpans(render(markdown, path).tree)).toEqual([]);
  });

  test('marks words in headings, links and emphasis', () => {
    const { tree } = render(
      '### 部分空間 Detection\n\n[公式 Code](https://example.org) と **PyTorch** 実装。\n',
    );
    const heading = all(tree, tag('h4'))[0] as Element;
    expect(langSpans(heading).map(text)).toEqual(['Detection']);
    expect(
      langSpans(
        all(tree, tag('a')).find((a) => a.properties['href'] === 'https://example.org') as Element,
      ).map(text),
    ).toEqual(['Code']);
    expect(langSpans(all(tree, tag('strong'))[0] as Element).map(text)).toEqual(['PyTorch']);
  });

  test('wraps Japanese words in an English paragraph in <span lang="ja">', () => {
    const { tree } = render('The section is called 手法 in the Japanese edition.', EN);
    expect(langSpans(tree).map((s) => [s.properties['lang'], text(s)])).toEqual([['ja', '手法']]);
  });
});

describe('markdownProcessor', () => {
  test('hands Astro the same plugin lists, with smartypants off', () => {
    const { options } = markdownProcessor();
    expect(options.remarkPlugins).toEqual([...remarkPlugins]);
    expect(options.rehypePlugins).toEqual([...rehypePlugins]);
    expect(options.smartypants).toBe(false);
  });

  test("renders through Astro's renderer with the same headings, math and tables", async () => {
    const out = await renderWithAstro('## 手法\n\nSSA の $x$ です。\n\n| a |\n| - |\n| 1 |\n');
    expect(out.code).toContain('<h3 id="method">手法</h3>');
    expect(out.code).toContain('<span lang="en">SSA</span>');
    expect(out.code).toContain('<math');
    expect(out.code).toContain('class="table-scroll"');
    expect(out.metadata.headings).toEqual([{ depth: 3, slug: 'method', text: '手法' }]);
  });
});

describe('contentPath', () => {
  test.each([
    ['/home/u/site/content/papers/x/ja.mdx', 'content/papers/x/ja.mdx'],
    ['/a/content/b/content/digest/en/intro.mdx', 'content/digest/en/intro.mdx'],
    ['/tmp/other/file.mdx', '/tmp/other/file.mdx'],
    [undefined, '(unknown file)'],
    ['', '(unknown file)'],
  ])('shortens %j to %j', (path, expected) => {
    expect(contentPath(path)).toBe(expected);
  });
});

describe('langFromPath', () => {
  test.each([
    ['/site/content/papers/x/en.mdx', 'en'],
    ['/site/content/papers/x/ja.mdx', 'ja'],
    ['/site/content/digest/en/intro.mdx', 'en'],
    ['/site/content/digest/ja/intro.mdx', 'ja'],
    ['en.md', 'en'],
    ['/site/content/papers/x/often.mdx', 'ja'],
    [undefined, 'ja'],
    // A checkout folder that happens to be called "en" does not make every file English.
    ['/srv/en/site/content/papers/x/ja.mdx', 'ja'],
  ])('reads %j as %s', (path, expected) => {
    expect(langFromPath(path)).toBe(expected);
  });
});

describe('markForeignRuns', () => {
  test('splits text children and recurses into elements, skipping code and elements with lang', () => {
    const tree = h(null, [
      'これは SSA です',
      h('code', 'fe_bn'),
      h('span', { lang: 'fr' }, 'bonjour'),
      h('em', 'Adam で'),
    ]);
    markForeignRuns(tree, 'ja');
    expect(langSpans(tree).map((s) => [s.properties['lang'], text(s)])).toEqual([
      ['en', 'SSA'],
      ['fr', 'bonjour'],
      ['en', 'Adam'],
    ]);
    expect(text(tree)).toBe('これは SSA ですfe_bnbonjourAdam で');
  });
});
