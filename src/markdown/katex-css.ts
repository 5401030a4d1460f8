/**
 * What KaTeX's stylesheet says about fonts, read from the stylesheet itself (the installed
 * `katex.min.css`, at build time) rather than from a hand-kept list: its `@font-face` rules
 * (family, weight and style → font file) and every rule that sets `font-family`, `font-weight`,
 * `font-style` or the `font` shorthand on KaTeX's classes, with the selector's specificity and
 * position, so a page's elements can be given the face a browser would give them.
 */
import { createParser, type AstRule, type AstSelector } from 'css-selector-parser';
import postcss from 'postcss';

/** `font-style` as far as face matching cares. */
export type FontStyle = 'normal' | 'italic';

/** One `@font-face` of the stylesheet. */
export interface FontFace {
  family: string;
  /** Numeric weight (400 for `normal`, 700 for `bold`). */
  weight: number;
  style: FontStyle;
  /** The font file's name without folder and extension, e.g. `KaTeX_AMS-Regular`. */
  file: string;
}

/** The font properties a rule sets (the `font` shorthand sets all three). */
export interface FontDeclarations {
  family?: string;
  weight?: number;
  style?: FontStyle;
}

/** One selector of a rule that sets font properties. */
export interface FontRule {
  selector: string;
  /** [ids, classes/attributes/pseudo-classes, types/pseudo-elements]. */
  specificity: [number, number, number];
  /** Position in the stylesheet: among equal specificity, the later rule wins. */
  order: number;
  set: FontDeclarations;
  /** Every class name the selector requires somewhere (a page without one cannot match). */
  classes: string[];
}

/** Text a rule writes with `::before`/`::after` (such as equation numbers). */
interface GeneratedText {
  /** The selector of the element the pseudo-element belongs to. */
  selector: string;
  /** The characters it can show (`counter()` stands for the digits). */
  text: string;
}

/** The font facts of a stylesheet. */
export interface FontCss {
  faces: FontFace[];
  rules: FontRule[];
  generated: GeneratedText[];
}

const parseSelector = createParser({ syntax: 'progressive' });
const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The first family of a `font-family` list. */
const firstFamily = (value: string) => unquote(value.split(',')[0] ?? '');

/** A `font-weight` value as a number; throws on what face matching here does not model. */
function parseWeight(value: string): number {
  const v = value.trim().toLowerCase();
  if (v === 'normal') return 400;
  if (v === 'bold') return 700;
  if (/^\d+$/.test(v)) return Number(v);
  throw new Error(`KaTeX's CSS: unsupported font-weight "${value}"`);
}

/** A `font-style` value; `oblique` is matched like italic. */
function parseStyle(value: string): FontStyle {
  const v = value.trim().toLowerCase();
  if (v === 'normal') return 'normal';
  if (v === 'italic' || v.startsWith('oblique')) return 'italic';
  throw new Error(`KaTeX's CSS: unsupported font-style "${value}"`);
}

const SIZE = /^(?:[\d.]+(?:[a-z]+|%)|(?:xx?-)?(?:small|large)|medium|larger|smaller)(?:\/.*)?$/i;

/**
 * The `font` shorthand: what comes before the size sets style and weight (both reset to
 * normal when not named), the family list follows the size and optional line height.
 */
export function parseFontShorthand(value: string): FontDeclarations {
  const tokens = value.trim().split(/\s+/);
  const at = tokens.findIndex((t) => SIZE.test(t));
  if (at < 0) return {};
  const set: FontDeclarations = { weight: 400, style: 'normal' };
  for (const token of tokens.slice(0, at)) {
    const t = token.toLowerCase();
    if (t === 'italic' || t === 'oblique') set.style = 'italic';
    else if (t === 'bold' || /^\d{3}$/.test(t)) set.weight = parseWeight(t);
  }
  const rest = tokens.slice(at + 1).join(' ');
  const family = firstFamily(rest.startsWith('/') ? rest.replace(/^\/\s*\S+\s*/, '') : rest);
  if (family) set.family = family;
  return set;
}

/** Specificity of one selector of the parsed list. */
function specificity(selector: AstSelector): [number, number, number] {
  const s: [number, number, number] = [0, 0, 0];
  for (let rule: AstRule | undefined = selector.rules[0]; rule; rule = rule.nestedRule) {
    for (const item of rule.items) {
      if (item.type === 'Id') s[0] += 1;
      else if (['ClassName', 'Attribute', 'PseudoClass'].includes(item.type)) s[1] += 1;
      else if (item.type === 'TagName' || item.type === 'PseudoElement') s[2] += 1;
    }
  }
  return s;
}

/** The class names a selector names, in any of its compounds. */
function classNames(selector: AstSelector): string[] {
  const names: string[] = [];
  for (let rule: AstRule | undefined = selector.rules[0]; rule; rule = rule.nestedRule)
    for (const item of rule.items) if (item.type === 'ClassName') names.push(item.name);
  return names;
}

/** The pseudo-element a selector ends in, if any. */
function pseudoElement(selector: AstSelector): string | undefined {
  let last = selector.rules[0];
  while (last?.nestedRule) last = last.nestedRule;
  const item = last?.items.find((i) => i.type === 'PseudoElement');
  return item?.type === 'PseudoElement' ? item.name : undefined;
}

/** The characters a `content` value can show: its strings, and digits for a counter. */
function contentText(value: string): string {
  const strings = [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2] ?? '');
  return strings.join('') + (/\bcounters?\(/.test(value) ? '0123456789' : '');
}

/** Reads the font faces and font rules of a stylesheet. */
export function readFontCss(css: string): FontCss {
  const faces: FontFace[] = [];
  const rules: FontRule[] = [];
  const generated: GeneratedText[] = [];
  const root = postcss.parse(css);
  root.walkAtRules('font-face', (at) => {
    const decl = (prop: string) => {
      let value: string | undefined;
      at.walkDecls(prop, (d) => {
        value = d.value;
      });
      return value;
    };
    const family = decl('font-family');
    const woff2 = /url\(\s*["']?([^"')]*?([^/"')]+)\.woff2)["']?\s*\)/.exec(decl('src') ?? '');
    if (!family || !woff2?.[2]) return;
    faces.push({
      family: unquote(family),
      weight: parseWeight(decl('font-weight') ?? 'normal'),
      style: parseStyle(decl('font-style') ?? 'normal'),
      file: woff2[2],
    });
  });
  let order = 0;
  root.walkRules((rule) => {
    const set: FontDeclarations = {};
    let content: string | undefined;
    // Declarations in source order, so a longhand after the shorthand overrides it.
    rule.each((node) => {
      if (node.type !== 'decl') return;
      const prop = node.prop.toLowerCase();
      if (prop === 'font') Object.assign(set, parseFontShorthand(node.value));
      else if (prop === 'font-family') set.family = firstFamily(node.value);
      else if (prop === 'font-weight') set.weight = parseWeight(node.value);
      else if (prop === 'font-style') set.style = parseStyle(node.value);
      else if (prop === 'content') content = node.value;
    });
    const text = content === undefined ? '' : contentText(content);
    if (Object.keys(set).length === 0 && !text) return;
    for (const selector of rule.selectors) {
      const ast = parseSelector(selector);
      for (const one of ast.rules.map((r) => ({ ...ast, rules: [r] }))) {
        const pseudo = pseudoElement(one);
        if (pseudo) {
          if (text)
            generated.push({
              selector: selector.replace(new RegExp(`::?${pseudo}\\s*$`), ''),
              text,
            });
          continue;
        }
        if (Object.keys(set).length > 0)
          rules.push({
            selector,
            specificity: specificity(one),
            order: order++,
            set,
            classes: classNames(one),
          });
      }
    }
  });
  return { faces, rules, generated };
}
