/**
 * The HTML policy (src/markdown/html-policy.ts) and its two layers, each proved on its own:
 * the content linter's checks (src/lint/markup.ts) refuse hostile markup with what was
 * found; and hostile HTML that gets past the linter is stripped by the sanitizer at the end of
 * the pipeline that renders bodies (src/markdown/pipeline.ts). The real bodies, rendered on that
 * path, also prove the pipeline renders them cleanly with the anchors the linter checks, and
 * that KaTeX renders each formula once for the linter and the renderer together.
 */
import katex from 'katex';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { checkElement, checkLinkUrl, checkPlainText } from '../../src/lint/markup';
import { checkFileLayout, isKnownPath } from '../../src/lint/files';
import { dangerousScheme, sanitizeSchema, SAFE_STYLE } from '../../src/markdown/html-policy';
import { createBodyProcessor, rehypePlugins, renderMdxBody } from '../../src/markdown/pipeline';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { dictionaries } from '../../src/i18n';
import { checkBody } from '../../src/lint/body';
import { DETAIL_SECTIONS } from '../../src/content/views/sections';
import { hasKatexError } from '../../src/markdown/katex-glyphs';
import { clearTexCache } from '../../src/markdown/math';
import { all, tag } from './support/hast';
import { EN, renderWithAstro } from './support/render';
import { problem } from './support/builders';
import { CONTENT_DIR, get, readRealContent, realSlugs, splitMdx } from './support/content';

describe('dangerousScheme', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['java\u200Bscript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&#0000106avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    [' DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
  ])('%j is %s:', (url, scheme) => expect(dangerousScheme(url)).toBe(scheme));

  test.each([
    'https://example.org/',
    '/papers/x/#method',
    '#method',
    'mailto:a@b.org',
    'x/javascript:y',
  ])('%j is safe', (url) => expect(dangerousScheme(url)).toBeNull());
});

describe('checkElement (the linter asks the sanitizer)', () => {
  const ok = (name: string, attrs: Record<string, string | null> = {}) =>
    checkElement(
      name,
      Object.entries(attrs).map(([n, value]) => ({ name: n, value })),
    );

  test.each<[string, Record<string, string | null>]>([
    ['sup', {}],
    ['span', { class: 'note', lang: 'en' }],
    ['a', { href: 'https://arxiv.org/abs/2410.03263' }],
    ['a', { href: '/papers/pu-diffusion-models/#method', title: 'Method' }],
    ['abbr', { title: 'test-time adaptation' }],
    ['ruby', {}],
    ['img', { src: '/figure.png', alt: 'A figure', width: '320' }],
    ['svg', { viewBox: '0 0 10 10', role: 'img', 'aria-labelledby': 't1' }],
    ['path', { d: 'M0 0L10 10', 'stroke-width': '2', fill: 'none' }],
    ['text', { x: '1', y: '2', 'text-anchor': 'middle' }],
    ['td', { align: 'right' }],
    ['details', { open: null }],
  ])('allows <%s> %j', (name, attrs) => expect(ok(name, attrs)).toEqual([]));

  test.each<[string, Record<string, string | null>, RegExp]>([
    ['style', {}, /found <style>/],
    ['iframe', { src: 'https://x.org' }, /found <iframe>/],
    ['object', {}, /found <object>/],
    ['embed', {}, /found <embed>/],
    ['form', { action: '/x' }, /found <form>/],
    ['foreignObject', {}, /found <foreignObject>/],
    ['marquee', {}, /found <marquee>, which is not an element content may use/],
    ['svg', { onload: 'alert(1)' }, /event-handler attribute onload/],
    ['img', { src: 'data:image/png;base64,AAAA' }, /found a data: URL in src/],
    ['img', { srcset: 'a.png 1x, javascript:alert(1) 2x' }, /found a javascript: URL in srcset/],
    [
      'a',
      { href: 'ftp://x.org/' },
      /found href="ftp:\/\/x\.org\/" on <a>, which is not an attribute or value/,
    ],
    ['a', { target: '_top' }, /found target="_top"/],
    ['span', { style: 'background:url(https://x.org/t.png)' }, /found style=/],
    ['div', { style: 'color:red' }, /found style=/],
  ])('refuses <%s> %j', (name, attrs, message) =>
    expect(ok(name, attrs).join('\n')).toMatch(message),
  );
});

describe('checkLinkUrl and checkPlainText', () => {
  test('refuses a link to another scheme', () => {
    expect(checkLinkUrl('ftp://x.org/')).toMatch(/found a ftp: URL/);
  });

  test.each(['https://x.org/', '/papers/x/', '#method', 'mailto:a@b.org'])(
    'allows the link %j',
    (url) => expect(checkLinkUrl(url)).toBeNull(),
  );

  test.each([
    ['<script>alert(1)</script>', '<script>'],
    ['x &lt;script&gt;alert(1)&lt;/script&gt;', '<script>'],
    ['< SCRIPT >', '<SCRIPT>'],
    ['<img src=x onerror=alert(1)>', 'the event-handler attribute onerror= in <img>'],
    ['<a href="#" onclick = "x">', 'the event-handler attribute onclick= in <a>'],
    ['see javascript:alert(1)', 'a javascript: URL'],
    ['&#106;avascript:alert(1)', 'a javascript: URL'],
    ['java\u200Bscript:alert(1)', 'a javascript: URL'],
    ['VBScript:msgbox', 'a vbscript: URL'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'a data: URL'],
    ['<iframe src=x>', '<iframe>'],
  ])('finds %j in frontmatter text', (text, found) => expect(checkPlainText(text)).toBe(found));

  test.each([
    'JavaScript: a language the site does not need',
    'Training data: 50,000 images',
    'a < b and c > d',
    'x<y, f(x)>0',
    'ICLR 2025 (Singapore)',
    '拡散モデル（<数式>）',
  ])('lets the plain text %j pass', (text) => expect(checkPlainText(text)).toBeNull());
});

describe('the file allow-list', () => {
  test.each([
    'data/tags.yaml',
    'glossary.yaml',
    'papers/x/paper.yaml',
    'papers/x/ja.mdx',
    'papers/x/en.mdx',
    'papers/x/figures.yaml',
    'papers/x/data/loss.csv',
    'papers/x/data/results.json',
    'papers/x/figures/architecture.png',
    'papers/x/figures/overview-2.svg',
    'papers/x/figures/samples.jpg',
    'papers/x/figures/samples.webp',
    'digest/ja/intro.mdx',
    'digest/en/outlook.mdx',
    'papers/_draft/notes.txt',
    'papers/x/_notes.md',
  ])('knows %s', (path) => expect(isKnownPath(path)).toBe(true));

  test.each([
    ['papers/x/ja.md', /did you mean "ja\.mdx"\?/],
    ['papers/x/english.mdx', /did you mean "en\.mdx"\?/],
    ['papers/x/paper.yml', /did you mean "paper\.yaml"\?/],
    ['papers/x/ja.mdx~', /backup or editor file/],
    ['papers/x/figures/photo.gif', /an image of a paper must be papers\/<slug>\/figures\//],
    ['papers/x/figures/photo.jpeg', /an image of a paper must be papers\/<slug>\/figures\//],
    ['papers/x/figures/Photo.PNG', /an image of a paper must be papers\/<slug>\/figures\//],
    ['papers/x/figures/deep/photo.png', /an image of a paper must be papers\/<slug>\/figures\//],
    ['papers/x/figures/paper.pdf', /other images and documents are not part of the content model/],
    ['papers/x/figures/notes.txt', /figures\/ folder holds only image files/],
    ['figure.png', /not part of the content model outside a paper's figures\/ folder/],
    ['papers/x/data/loss.xlsx', /data\/ folder holds only <name>\.csv and <name>\.json/],
    ['papers/x/data/deep/loss.csv', /data\/ folder holds only/],
    ['papers/README.md', /belong in a paper folder/],
    ['digest/jp/intro.mdx', /one folder per edition/],
    ['digest/ja/intro.md', /did you mean "intro\.mdx"\?/],
    ['data/tag.yaml', /did you mean "data\/tags\.yaml"\?/],
    ['notes.txt', /the content folder holds/],
  ])('refuses %s, saying what was expected', (path, message) => {
    expect(checkFileLayout([path], 'content')).toEqual([problem(path, undefined, message)]);
  });
});

describe('the sanitizer, behind the linter', () => {
  test('strips hostile HTML that reaches the pipeline (as if the linter had missed it)', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<style>body{display:none}</style>',
      '<img src="x" onerror="alert(1)">',
      '<a href="java&#x09;script:alert(1)">a</a>',
      '<iframe src="https://example.org"></iframe>',
      '<form action="https://example.org"><input name="q"></form>',
      '<svg><use href="#x"/><a href="javascript:alert(1)">b</a></svg>',
      '[c](javascript:alert(1)) ![d](data:image/png;base64,AAAA)',
      '<span style="background:url(https://example.org/t.png)">e</span>',
      '<div onmouseover="alert(1)" class="ok">f</div>',
    ].join('\n\n');
    const html = (await renderWithAstro(hostile, EN)).code;
    expect(html).not.toMatch(/<script|<style|<iframe|<form|<input|<use|<object|<embed/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:|data:image|url\(/i);
    // The harmless parts stay: the text, and the link and image without their URLs.
    expect(html).toContain('<p>e</p>');
    expect(html).toContain('<a>c</a> <img alt="d">');
  });

  test('renders every real body with no KaTeX error and the anchors the linter checks, each formula through KaTeX once, and as the pipeline without the sanitizer renders it', async () => {
    clearTexCache();
    const katexCalls = vi.spyOn(katex, 'renderToString');
    onTestFinished(() => {
      katexCalls.mockRestore();
      clearTexCache();
    });
    // The papers' own path (MDX, components, figures, renderMdxBody), and every step of it but
    // the sanitizer (the glossary and `lang` steps run after it).
    const withoutSanitizer = rehypePlugins.filter(
      (p) => !(Array.isArray(p) && p[1] === sanitizeSchema),
    );
    expect(withoutSanitizer).toHaveLength(rehypePlugins.length - 1);
    const without = createBodyProcessor(withoutSanitizer);
    for (const slug of realSlugs()) {
      for (const lang of ['ja', 'en'] as const) {
        const path = `${CONTENT_DIR}/papers/${slug}/${lang}.mdx`;
        const { body } = splitMdx(get(readRealContent(), `papers/${slug}/${lang}.mdx`));
        const { html: sanitized } = await renderMdxBody(body, path);
        const tree = fromHtml(sanitized, { fragment: true });
        expect(sanitized).toContain('class="katex"');
        expect(hasKatexError(tree), `${slug}/${lang}`).toBe(false);
        const ids = all(tree, (e) => /^h[1-6]$/.test(e.tagName)).map((h) => h.properties['id']);
        const required = DETAIL_SECTIONS.map((id) => dictionaries[lang][`paper.${id}`]);
        const file = `content/papers/${slug}/${lang}.mdx`;
        expect(ids).toEqual(checkBody(file, body, lang, required).anchors);
        expect(all(tree, tag('h3')).map((h) => h.properties['id'])).toEqual([...DETAIL_SECTIONS]);
        // Observable Plot numbers its marker ids with a counter that runs across renders.
        const markers = (h: string) => h.replace(/plot-marker-\d+/g, 'plot-marker');
        expect(markers(sanitized), `${slug}/${lang}`).toBe(
          markers(String(await without.process(new VFile({ value: body, path })))),
        );
      }
    }
    // Both editions share their display formulas, and the linter, both renders and the figures
    // placed in the bodies (captions, labels) meet many formulas again: none is rendered twice.
    const formulas = katexCalls.mock.calls.map(([tex, options]) => `${options?.displayMode}${tex}`);
    expect(formulas.length).toBeGreaterThan(3);
    expect(new Set(formulas).size).toBe(formulas.length);
  }, 120_000);

  test('the schema keeps ids unprefixed (the pages\u2019 anchors) and allows only safe inline styles', () => {
    expect(sanitizeSchema.clobber).toEqual([]);
    expect(SAFE_STYLE.test('height:0.8889em;vertical-align:-0.1944em;')).toBe(true);
    expect(SAFE_STYLE.test('background:url(x)')).toBe(false);
    expect(SAFE_STYLE.test('width:expression(alert(1))')).toBe(false);
    expect(SAFE_STYLE.test('color:\\72 ed')).toBe(false);
  });
});
