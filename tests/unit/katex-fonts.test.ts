/**
 * KaTeX's fonts at the floor: reading the stylesheet's font facts and finding which face draws
 * each character of a page (src/markdown/katex-glyphs.ts) on small HTML and CSS strings, and the
 * build step (src/integrations/katex-fonts.ts) on a small built site.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import katex from 'katex';
import { describe, expect, onTestFinished, test } from 'vitest';
import { walkPages } from '../../src/integrations/built-pages';
import { katexFontSubset } from '../../src/integrations/katex-fonts';
import { installedKatexCss } from '../../src/integrations/page-reader';
import { katexGlyphs, matchFace, readFontCss } from '../../src/markdown/katex-glyphs';

const CSS = `
@font-face{font-family:KaTeX_Main;src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff");font-weight:400;font-style:normal}
@font-face{font-family:"KaTeX_Main";src:url(fonts/KaTeX_Main-Bold.woff2) format("woff2");font-weight:bold;font-style:normal}
@font-face{font-family:KaTeX_Math;src:url(fonts/KaTeX_Math-Italic.woff2) format("woff2");font-weight:normal;font-style:italic}
@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2");font-weight:normal;font-style:normal}
.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}
.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}
.katex .mathrm{font-style:normal}
.katex .mathbf{font-family:KaTeX_Main;font-weight:bold}
.katex .mathbb,.katex .textbb{font-family:KaTeX_AMS}
.katex .eqn-num:before{content:"(" counter(katexEqnNo) ")"}
`;
const css = readFontCss(CSS);
const render = (tex: string) => katex.renderToString(tex, { displayMode: true });
const glyphs = (html: string, fontCss = css) =>
  Object.fromEntries(
    [...katexGlyphs(html, fontCss)].map(([face, chars]) => [face, [...chars].sort().join('')]),
  );

describe('readFontCss', () => {
  test('reads each @font-face: family, weight, style and the woff2 file', () => {
    expect(css.faces).toEqual([
      { family: 'KaTeX_Main', weight: 400, style: 'normal', file: 'KaTeX_Main-Regular' },
      { family: 'KaTeX_Main', weight: 700, style: 'normal', file: 'KaTeX_Main-Bold' },
      { family: 'KaTeX_Math', weight: 400, style: 'italic', file: 'KaTeX_Math-Italic' },
      { family: 'KaTeX_AMS', weight: 400, style: 'normal', file: 'KaTeX_AMS-Regular' },
    ]);
  });

  test.each([
    ['the font shorthand', '.katex{font:normal 1.21em KaTeX_Main,serif}', 'KaTeX_Main-Regular'],
    [
      'a shorthand with weight, style, line height',
      '.katex{font:italic bold 12px/1.2 "KaTeX_Math",serif}',
      'KaTeX_Math-Italic',
    ],
    [
      'a longhand after the shorthand',
      '.katex{font:normal 1em KaTeX_Main;font-weight:bold}',
      'KaTeX_Main-Bold',
    ],
  ])('reads %s', (_, rules, face) => {
    const html = '<span class="katex"><span class="katex-html">x</span></span>';
    expect(glyphs(html, readFontCss(CSS.replace(/\.katex\{[^}]*\}/, rules)))).toEqual({
      [face]: 'x',
    });
  });

  test('fails on a weight it cannot match, rather than guessing', () => {
    expect(() => readFontCss('.katex .x{font-weight:bolder}')).toThrow(/font-weight "bolder"/);
    // Formulas are read on their own: a rule that reaches outside one is refused.
    expect(() => readFontCss('.theorem .katex{font-weight:bold}')).toThrow(/selector/);
  });
});

describe('the installed KaTeX stylesheet', () => {
  test('has a woff2 face for every KaTeX font file (20 faces)', async () => {
    const { faces } = await installedKatexCss();
    expect(faces).toHaveLength(20);
    expect(faces.every((f) => /^KaTeX_\w+-\w+$/.test(f.file))).toBe(true);
  });
});

describe('matchFace', () => {
  test.each([
    // No bold italic face: style is matched first, then the nearest weight.
    [{ family: 'KaTeX_Main', weight: 700, style: 'italic' }, 'KaTeX_Main-Bold'],
    [{ family: 'KaTeX_AMS', weight: 700, style: 'normal' }, 'KaTeX_AMS-Regular'],
    [{ family: 'Times New Roman', weight: 400, style: 'normal' }, undefined],
  ] as const)('%o → %s', (font, file) => {
    expect(matchFace(font, css.faces)?.file).toBe(file);
  });
});

describe('katexGlyphs', () => {
  test('gives each text the font of its nearest classed ancestors, property by property', () => {
    const html =
      '<span class="katex"><span class="katex-html"><span class="mord mathnormal">x</span>' +
      '<span class="mord">=</span><span class="mathbf"><span class="mord">A</span></span>' +
      '<span class="mord mathnormal mathrm">d</span><span class="mord mathbb">R</span></span></span>';
    expect(glyphs(html)).toEqual({
      // .mathrm comes later in the stylesheet than .mathnormal, so "d" asks for an upright
      // KaTeX_Math; the family has only an italic face, so that face draws it.
      'KaTeX_Math-Italic': 'dx',
      'KaTeX_Main-Regular': '=',
      'KaTeX_Main-Bold': 'A',
      'KaTeX_AMS-Regular': 'R',
    });
  });

  test('reads only the drawn formula, not the MathML copy, and decodes references', () => {
    const html =
      '<p>prose</p><span class="katex"><span class="katex-mathml"><math><mi>y</mi></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span class="mord">&lt;&#x2211;&amp;</span></span></span>';
    expect(glyphs(html)).toEqual({ 'KaTeX_Main-Regular': '&<∑' });
  });

  test('adds what generated content shows in its element’s font', () => {
    const html =
      '<span class="katex"><span class="katex-html"><span class="tag"><span class="eqn-num"></span></span></span></span>';
    expect(glyphs(html)).toEqual({ 'KaTeX_Main-Regular': '()0123456789' });
  });

  test('finds nothing on a page without math', () => {
    expect(katexGlyphs('<p class="mathbb">R</p>', css).size).toBe(0);
  });

  test.each([
    [String.raw`\mathbb{E}`, 'KaTeX_AMS-Regular', 'E'],
    [String.raw`\checkmark`, 'KaTeX_AMS-Regular', '✓'],
    [String.raw`\sum_i`, 'KaTeX_Size2-Regular', '∑'],
    [String.raw`\textstyle\sum_i`, 'KaTeX_Size1-Regular', '∑'],
    [String.raw`\Bigl(x\Bigr)`, 'KaTeX_Size2-Regular', '()'],
    [String.raw`\Biggl(x\Biggr)`, 'KaTeX_Size4-Regular', '()'],
    [String.raw`\boldsymbol{\theta}`, 'KaTeX_Math-BoldItalic', 'θ'],
    [String.raw`\mathbf{A}`, 'KaTeX_Main-Bold', 'A'],
    [String.raw`\mathcal{L}`, 'KaTeX_Caligraphic-Regular', 'L'],
    [String.raw`\mathfrak{g}`, 'KaTeX_Fraktur-Regular', 'g'],
    [String.raw`\mathsf{S}`, 'KaTeX_SansSerif-Regular', 'S'],
    [String.raw`\mathtt{T}`, 'KaTeX_Typewriter-Regular', 'T'],
    [String.raw`\mathscr{P}`, 'KaTeX_Script-Regular', 'P'],
    [String.raw`x_i`, 'KaTeX_Math-Italic', 'ix'],
    [String.raw`\begin{equation}1\end{equation}`, 'KaTeX_Main-Regular', '()0123456789\u200b'],
    [String.raw`\text{\textbf{\textit{b}}}`, 'KaTeX_Main-BoldItalic', 'b'],
  ])(
    'follows real KaTeX output of %s through the installed stylesheet to %s',
    async (tex, face, chars) => {
      expect(glyphs(render(tex), await installedKatexCss())[face]).toBe(chars);
    },
  );
});

describe('katexFontSubset on a small built site', () => {
  test('subsets the font, renames the stylesheet, and relinks every page that links it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'katex-subset-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const [FONT, SHEET] = ['KaTeX_Main-Regular.Ab12Cd34.woff2', 'paper.Zz99Yy88.css'];
    const fonts = join(dirname(createRequire(import.meta.url).resolve('katex')), 'fonts');
    mkdirSync(join(dir, '_astro'));
    copyFileSync(join(fonts, 'KaTeX_Main-Regular.woff2'), join(dir, '_astro', FONT));
    const full = statSync(join(dir, '_astro', FONT)).size;
    writeFileSync(
      join(dir, '_astro', SHEET),
      `@font-face{font-family:KaTeX_Main;src:url(${FONT}) format("woff2")}`,
    );
    const head = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/${SHEET}"></head>`;
    const pages = {
      // A page with a formula (the walk parses it) and one without (the walk skips it) link
      // the stylesheet; a third links nothing. Only the link changes: not the name in prose,
      // not another link.
      'math/index.html': `${head}<body>${katex.renderToString('x+1=2')}</body></html>`,
      'prose/index.html': `${head.replace('</head>', '<link rel=stylesheet href="/_astro/other.css"></head>')}<body><p>${SHEET} is named in prose</p></body></html>`,
      'index.html': `<!DOCTYPE html><html><head></head><body><p>${SHEET}</p></body></html>`,
    };
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    const step = katexFontSubset();
    await walkPages(dir, [step]);
    await step.done(dir, { info: () => undefined } as unknown as AstroIntegrationLogger);

    const assets = readdirSync(join(dir, '_astro'));
    const font = assets.find((f) => f.startsWith('KaTeX_Main-Regular.')) as string;
    const css = assets.find((f) => f.endsWith('.css')) as string;
    expect(font).toMatch(/^KaTeX_Main-Regular\.[\w-]{8}\.woff2$/);
    expect(font).not.toBe(FONT);
    expect(statSync(join(dir, '_astro', font)).size).toBeLessThan(full / 4);
    expect(readFileSync(join(dir, '_astro', css), 'utf8')).toContain(font);
    expect(css).not.toBe(SHEET);
    for (const file of ['math/index.html', 'prose/index.html'] as const)
      expect(readFileSync(join(dir, file), 'utf8')).toBe(pages[file].replace(SHEET, css));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(pages['index.html']);
  });
});
