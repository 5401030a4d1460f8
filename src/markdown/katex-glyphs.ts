/**
 * Which KaTeX font face draws each character of a page, read from KaTeX's own stylesheet rather
 * than from a hand-kept list: its `@font-face` rules (family, weight, style → font file) and the
 * rules that set `font`, `font-family`, `font-weight` or `font-style` on KaTeX's classes. KaTeX's
 * rules are all class selectors within `.katex` (`.katex .mathnormal`,
 * `.katex .delimsizing.mult .delim-size1>span`), so each formula is read on its own, and an
 * element matches a rule when its last compound names the element's classes (and tag) and the
 * earlier compounds name ancestors; the child combinator is read as a descendant one, which in
 * KaTeX's markup reaches the same text. Properties inherit one by one, and among the rules an
 * element matches the more specific, then the later, wins.
 */
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { classesOf } from './hast-classes.ts';

export interface Font {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
}

/** One `@font-face`: `file` is the font file's stem, e.g. `KaTeX_AMS-Regular`. */
export interface FontFace extends Font {
  file: string;
}

interface FontRule {
  /** The selector's compounds, outermost first, each a list of `.class` and tag names. */
  path: string[][];
  specificity: number;
  set: Partial<Font>;
  /** Characters a `::before`/`::after` of the element shows (`counter()` stands for digits). */
  generated: string;
}

/** The font facts of a stylesheet. */
export interface FontCss {
  faces: FontFace[];
  rules: FontRule[];
}

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');
const family = (list: string) => unquote(list.split(',')[0] ?? '');

function weight(value: string): number {
  const v = value.trim().toLowerCase();
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'normal' || v === 'bold') return v === 'bold' ? 700 : 400;
  throw new Error(`KaTeX's CSS: unsupported font-weight "${value}"`);
}

const style = (value: string): Font['style'] =>
  /^(italic|oblique)/i.test(value.trim()) ? 'italic' : 'normal';

/** The `font` shorthand: style and weight before the size (normal when not named), then families. */
function shorthand(value: string): Partial<Font> {
  const tokens = value.trim().split(/\s+/);
  const at = tokens.findIndex((t) => /^[\d.]+[a-z%]*(\/|$)/i.test(t));
  if (at < 0) return {};
  const before = tokens.slice(0, at).map((t) => t.toLowerCase());
  return {
    weight: weight(before.find((t) => t === 'bold' || /^\d{3}$/.test(t)) ?? 'normal'),
    style: before.some((t) => t === 'italic' || t === 'oblique') ? 'italic' : 'normal',
    family: family(tokens.slice(at + 1).join(' ')),
  };
}

/** Reads the font faces and font rules of a (flat, as KaTeX's is) stylesheet. */
export function readFontCss(css: string): FontCss {
  const faces: FontFace[] = [];
  const rules: FontRule[] = [];
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const decl of body.split(';')) {
      const at = decl.indexOf(':');
      if (at > 0) decls.set(decl.slice(0, at).trim().toLowerCase(), decl.slice(at + 1).trim());
    }
    if (selectors.trim() === '@font-face') {
      const file = /([^/"'(]+)\.woff2/.exec(decls.get('src') ?? '')?.[1];
      if (file)
        faces.push({
          family: family(decls.get('font-family') ?? ''),
          weight: weight(decls.get('font-weight') ?? 'normal'),
          style: style(decls.get('font-style') ?? 'normal'),
          file,
        });
      continue;
    }
    // Declarations in source order, so a longhand after the shorthand overrides it.
    const set: Partial<Font> = {};
    for (const [prop, value] of decls) {
      if (prop === 'font') Object.assign(set, shorthand(value));
      if (prop === 'font-family') set.family = family(value);
      if (prop === 'font-weight') set.weight = weight(value);
      if (prop === 'font-style') set.style = style(value);
    }
    const content = decls.get('content') ?? '';
    const generated =
      [...content.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]).join('') +
      (/\bcounters?\(/.test(content) ? '0123456789' : '');
    for (const selector of selectors.split(',')) {
      const pseudo = /::?(before|after)\s*$/.test(selector);
      if (pseudo ? !generated : Object.keys(set).length === 0) continue;
      const path = selector
        .replace(/::?(before|after)\s*$/, '')
        .trim()
        .split(/\s*>\s*|\s+/)
        .map((compound) => compound.split(/(?=\.)/).filter(Boolean));
      if (path[0]?.[0] !== '.katex' || path.flat().some((t) => !/^\.?[\w-]+$/.test(t)))
        throw new Error(`KaTeX's CSS: unsupported selector "${selector}"`);
      const tokens = path.flat();
      rules.push({
        path,
        specificity: tokens.filter((t) => t.startsWith('.')).length * 100 + tokens.length,
        set: pseudo ? {} : set,
        generated: pseudo ? generated : '',
      });
    }
  }
  // A stable sort: among equal specificity the later rule stays later, and so wins.
  rules.sort((a, b) => a.specificity - b.specificity);
  return { faces, rules };
}

/**
 * The face CSS font matching picks from `faces` for `font` (none when the family has none):
 * the same style if the family has it, then the nearest weight (KaTeX's faces are 400 or 700).
 */
export function matchFace(font: Font, faces: readonly FontFace[]): FontFace | undefined {
  const family = faces.filter((f) => f.family === font.family);
  const styled = family.filter((f) => f.style === font.style);
  const pool = styled.length > 0 ? styled : family;
  return [...pool].sort(
    (a, b) => Math.abs(a.weight - font.weight) - Math.abs(b.weight - font.weight),
  )[0];
}

/** An element as selectors see it: its tag and classes. */
interface Tagged {
  tag: string;
  classes: Set<string>;
}

const matches = (compound: string[], el: Tagged) =>
  compound.every((t) => (t.startsWith('.') ? el.classes.has(t.slice(1)) : el.tag === t));

/** True when the last compound matches `el` and the earlier ones match its ancestors in order. */
function ruleMatches(path: string[][], el: Tagged, ancestors: readonly Tagged[]): boolean {
  if (!matches(path[path.length - 1] ?? [], el)) return false;
  let i = path.length - 2;
  for (let a = ancestors.length - 1; a >= 0 && i >= 0; a--)
    if (matches(path[i] ?? [], ancestors[a] as Tagged)) i--;
  return i < 0;
}

/** True when the page holds KaTeX's error markup (an element of class `katex-error`). */
export function hasKatexError(tree: Root): boolean {
  const walk = (node: Nodes): boolean =>
    (node.type === 'element' && classesOf(node).includes('katex-error')) ||
    ((node.type === 'element' || node.type === 'root') && node.children.some(walk));
  return walk(tree);
}

/** The source text of each formula (`<span class="katex">…</span>`) of a page's HTML. */
function formulasOf(html: string): string[] {
  const out: string[] = [];
  const tags = /<(\/?)span\b[^>]*>/g;
  for (let start = html.indexOf(FORMULA); start >= 0;) {
    tags.lastIndex = start;
    let [depth, end] = [0, html.length];
    for (let m = tags.exec(html); m; m = tags.exec(html))
      if ((depth += m[1] ? -1 : 1) === 0) {
        end = tags.lastIndex;
        break;
      }
    out.push(html.slice(start, end));
    start = html.indexOf(FORMULA, end);
  }
  return out;
}

const FORMULA = '<span class="katex">';

/** Per stylesheet: the glyphs of each formula read so far, by its source text. */
const memos = new WeakMap<FontCss, Map<string, Map<string, Set<string>>>>();

/**
 * The characters each KaTeX face draws in the formulas of a page's HTML (`.katex-html`; the
 * MathML copy is for assistive technology and not drawn), keyed by face file
 * (`KaTeX_Main-Regular`). Characters whose font has no face in `css` are left out. A formula met
 * again (the other edition's page repeats it) is not read again.
 */
export function katexGlyphs(html: string, css: FontCss): Map<string, Set<string>> {
  const memo = memos.get(css) ?? new Map<string, Map<string, Set<string>>>();
  memos.set(css, memo);
  const out = new Map<string, Set<string>>();
  for (const formula of formulasOf(html)) {
    const glyphs = memo.get(formula) ?? formulaGlyphs(fromHtml(formula, { fragment: true }), css);
    memo.set(formula, glyphs);
    for (const [face, chars] of glyphs)
      out.set(face, new Set([...(out.get(face) ?? []), ...chars]));
  }
  return out;
}

function formulaGlyphs(tree: Root, css: FontCss): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (font: Font, text: string) => {
    const face = matchFace(font, css.faces);
    if (!face || !text) return;
    const chars = out.get(face.file) ?? new Set<string>();
    for (const c of text) chars.add(c);
    out.set(face.file, chars);
  };
  const ancestors: Tagged[] = [];
  const visit = (node: Nodes, font: Font, drawn: boolean): void => {
    if (node.type === 'text' && drawn) add(font, node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    let own = font;
    let inHtml = drawn;
    if (node.type === 'element') {
      const el = { tag: node.tagName, classes: new Set(classesOf(node)) };
      inHtml ||= el.classes.has('katex-html');
      const matched = css.rules.filter((rule) => ruleMatches(rule.path, el, ancestors));
      for (const rule of matched) own = { ...own, ...rule.set };
      if (inHtml) for (const rule of matched) add(own, rule.generated);
      ancestors.push(el);
    }
    for (const child of node.children) visit(child, own, inHtml);
    if (node.type === 'element') ancestors.pop();
  };
  visit(tree, { family: '', weight: 400, style: 'normal' }, false);
  return out;
}
