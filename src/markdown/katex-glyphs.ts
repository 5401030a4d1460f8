/**
 * Reads KaTeX's output in a parsed page: whether it holds a KaTeX error, and which characters
 * each KaTeX font face draws. Each element gets the font its stylesheet rules give it, property
 * by property (family, weight, style) with the cascade's order (specificity, then position)
 * and inheritance from the nearest ancestor that sets it; a text node is drawn with its parent
 * element's font, in the face that CSS font matching picks for it.
 */
import type { Element, Nodes, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { FontCss, FontDeclarations, FontFace, FontRule, FontStyle } from './katex-css';

/** The font an element's text is set in. */
export interface ComputedFont {
  family: string;
  weight: number;
  style: FontStyle;
}

const classes = (el: Element): string[] => {
  const c = el.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};

/** True when the page holds KaTeX's error markup (an element of class `katex-error`). */
export function hasKatexError(tree: Root): boolean {
  return selectAll('.katex-error', tree).length > 0;
}

/**
 * The face CSS font matching (CSS Fonts 4, §5.2) picks from `faces` for `font`, or none when
 * the family has no face. Style first (italic falls back to normal and the reverse), then weight.
 */
export function matchFace(font: ComputedFont, faces: readonly FontFace[]): FontFace | undefined {
  const family = faces.filter((f) => f.family === font.family);
  const preferred = family.filter((f) => f.style === font.style);
  const pool = preferred.length > 0 ? preferred : family;
  const w = font.weight;
  // Distance in the order the specification tries weights: a lower rank wins.
  const rank = (weight: number): number => {
    if (w >= 400 && w <= 500) {
      if (weight >= w && weight <= 500) return weight - w;
      if (weight < w) return 1000 + (w - weight);
      return 2000 + weight;
    }
    if (w < 400) return weight <= w ? w - weight : 1000 + weight;
    return weight >= w ? weight - w : 1000 + (w - weight);
  };
  return [...pool].sort((a, b) => rank(a.weight) - rank(b.weight))[0];
}

/** The declarations that win for one element among the rules that match it. */
function cascade(rules: readonly FontRule[]): FontDeclarations {
  const sorted = [...rules].sort(
    (a, b) =>
      a.specificity[0] - b.specificity[0] ||
      a.specificity[1] - b.specificity[1] ||
      a.specificity[2] - b.specificity[2] ||
      a.order - b.order,
  );
  // Applied from the weakest to the strongest rule: the last one to set a property wins.
  return Object.assign({}, ...sorted.map((r) => r.set)) as FontDeclarations;
}

/**
 * True when every font rule's selector starts at a `.katex` element and uses no sibling
 * combinator (true of KaTeX's own stylesheet): then a rule can only match inside a `.katex`
 * element, and matching within each outermost `.katex` element alone finds the same elements as
 * matching in the whole page. Each such element is also where KaTeX's `font` shorthand sets all
 * of family, weight and style, so nothing inherited from outside reaches its text.
 */
const scopedToKatex = (css: FontCss): boolean =>
  css.rules.every((r) => /^\.katex(?![\w-])/.test(r.selector.trim()) && !/[+~]/.test(r.selector));

/**
 * A formula's markup as a string (tags, properties, text): two formulas with the same key have
 * the same elements, classes and text, so the same rules match them and they draw the same
 * characters in the same faces.
 */
const formulaKey = (node: Nodes): string =>
  node.type === 'text'
    ? JSON.stringify(node.value)
    : node.type === 'element'
      ? `<${node.tagName}${JSON.stringify(node.properties)}>${node.children.map(formulaKey).join('')}>`
      : '';

/** Per stylesheet: the glyphs of each formula seen so far, by `formulaKey`. */
const memos = new WeakMap<FontCss, Map<string, Map<string, Set<string>>>>();

/**
 * The characters each KaTeX font face draws in the visible formulas of a page (`.katex-html`;
 * the MathML copy is for assistive technology and not drawn). Keys are face files
 * (`KaTeX_Main-Regular`); characters whose font has no face in `css` are left out.
 *
 * Selectors are matched only within the page's formulas (its outermost `.katex` elements) when
 * the stylesheet allows it (`scopedToKatex`), not across the whole page: a paper page is mostly
 * prose, and matching every rule against all of it was most of a build's post-build time. Each
 * formula is then read once per stylesheet: a formula met again (on the other edition's page,
 * or a page that repeats it) reuses what its first reading found, since nothing outside a
 * `.katex` element can change its fonts.
 */
export function katexGlyphs(tree: Root, css: FontCss): Map<string, Set<string>> {
  const present = new Set<string>();
  const formulas: Element[] = [];
  const collect = (node: Nodes, inFormula: boolean): void => {
    let inside = inFormula;
    if (node.type === 'element') {
      const names = classes(node);
      for (const c of names) present.add(c);
      if (!inside && names.includes('katex')) {
        formulas.push(node);
        inside = true;
      }
    }
    if (node.type === 'element' || node.type === 'root')
      for (const child of node.children) collect(child, inside);
  };
  collect(tree, false);
  if (!present.has('katex-html')) return new Map();
  if (!scopedToKatex(css)) return glyphsIn(tree, present, css);
  let memo = memos.get(css);
  if (!memo) {
    memo = new Map<string, Map<string, Set<string>>>();
    memos.set(css, memo);
  }
  const out = new Map<string, Set<string>>();
  for (const formula of formulas) {
    const key = formulaKey(formula);
    let glyphs = memo.get(key);
    if (!glyphs) {
      glyphs = glyphsIn({ type: 'root', children: [formula] }, present, css);
      memo.set(key, glyphs);
    }
    mergeGlyphs(out, glyphs);
  }
  return out;
}

/**
 * The characters each face draws in `scope`, matching the stylesheet's rules within it. Only
 * rules whose classes all occur in `present` (the page's classes) are tried: the others
 * cannot match.
 */
function glyphsIn(
  scope: Root,
  present: ReadonlySet<string>,
  css: FontCss,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const matched = new Map<Element, FontRule[]>();
  for (const rule of css.rules.filter((r) => r.classes.every((c) => present.has(c))))
    for (const el of selectAll(rule.selector, scope))
      matched.set(el, [...(matched.get(el) ?? []), rule]);
  const computed = new Map<Element, ComputedFont>();
  const add = (font: ComputedFont, text: string) => {
    const face = matchFace(font, css.faces);
    if (!face) return;
    const chars = out.get(face.file) ?? new Set<string>();
    for (const c of text) chars.add(c);
    out.set(face.file, chars);
  };
  const visit = (node: Nodes, font: ComputedFont, drawn: boolean): void => {
    if (node.type === 'text') {
      if (drawn) add(font, node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let own = font;
    let inHtml = drawn;
    if (node.type === 'element') {
      const rules = matched.get(node);
      if (rules) own = { ...font, ...cascade(rules) };
      if (classes(node).includes('katex-html')) inHtml = true;
      if (inHtml) computed.set(node, own);
    }
    for (const child of node.children) visit(child, own, inHtml);
  };
  visit(scope, { family: '', weight: 400, style: 'normal' }, false);
  for (const { selector, text } of css.generated)
    for (const el of selectAll(selector, scope)) {
      const font = computed.get(el);
      if (font) add(font, text);
    }
  return out;
}

/** Adds the characters of `from` to `into`, face by face. */
export function mergeGlyphs(into: Map<string, Set<string>>, from: Map<string, Set<string>>): void {
  for (const [file, chars] of from) {
    const set = into.get(file) ?? new Set<string>();
    for (const c of chars) set.add(c);
    into.set(file, set);
  }
}
