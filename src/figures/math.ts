/**
 * Formulas in figure text. Captions, descriptions, legends and labels write math as in the
 * bodies, between dollar signs (`$p_U$`). In HTML (caption, legend, description) a formula
 * becomes the element remark-math makes (`code.math-inline`), which the pipeline's KaTeX step
 * renders like any formula of the body. Inside an SVG, where KaTeX cannot go, a small subset of
 * TeX is set with `<tspan>`s: italic letters, sub- and superscripts (shifted with `dy`, which
 * every browser honours, unlike `baseline-shift`), and a few symbols.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** Text and formulas of a string, in order: `$…$` delimits a formula (`\$` is a dollar sign). */
export function splitMath(s: string): { math: boolean; value: string }[] {
  const out: { math: boolean; value: string }[] = [];
  const re = /\$((?:[^$\\]|\\.)+)\$/g;
  let last = 0;
  for (const m of s.matchAll(re)) {
    if (m.index > last) out.push({ math: false, value: s.slice(last, m.index) });
    out.push({ math: true, value: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ math: false, value: s.slice(last) });
  return out;
}

/** HTML for figure text: text nodes and inline-math elements for the pipeline's KaTeX step. */
export function mathHtml(s: string): ElementContent[] {
  return splitMath(s).map(({ math, value }) =>
    math
      ? h('code', { className: ['language-math', 'math-inline'] }, [value])
      : { type: 'text', value },
  );
}

/** Symbols of the TeX subset drawn in SVG text. */
const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  psi: 'ψ',
  langle: '⟨',
  rangle: '⟩',
  '|': '‖',
  top: '⊤',
  cdot: '·',
  ldots: '…',
  times: '×',
  to: '→',
  ',': '\u2009',
  ' ': ' ',
};
/** Symbols set upright (the rest of the letters, Latin and Greek, are italic as in KaTeX). */
const UPRIGHT = new Set(['langle', 'rangle', '|', 'top', 'cdot', 'ldots', 'times', 'to', ',', ' ']);
/** Binary operators and relations: spaced on both sides, as TeX does. */
const SPACED: Record<string, string> = { '=': '=', '+': '+', '-': '−', '<': '<', '>': '>' };

/** One run of SVG math text: its characters, whether italic, and its level (−1 sub, 1 sup). */
export interface MathRun {
  text: string;
  italic: boolean;
  level: -1 | 0 | 1;
}

/** The runs of a formula of the subset (letters, digits, `_`, `^`, `{…}`, the symbols above). */
export function mathRuns(tex: string): MathRun[] {
  const runs: MathRun[] = [];
  const push = (text: string, italic: boolean, level: MathRun['level']) => {
    const prev = runs[runs.length - 1];
    if (prev && prev.italic === italic && prev.level === level) prev.text += text;
    else runs.push({ text, italic, level });
  };
  let i = 0;
  /** Reads one atom (a character, a command or a braced group) at `level`. */
  const atom = (level: MathRun['level']): void => {
    const c = tex[i] as string;
    if (c === '{') {
      i++;
      while (i < tex.length && tex[i] !== '}') atom(level);
      i++;
      return;
    }
    if (c === '\\') {
      const name = /^\\([a-zA-Z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
      i += 1 + name.length;
      const symbol = SYMBOLS[name];
      if (symbol === undefined) throw new Error(`figure text: \\${name} is not drawn in SVG`);
      push(symbol, !UPRIGHT.has(name), level);
      return;
    }
    i++;
    if (c === ' ') return;
    if (c === '_' || c === '^') {
      if (level !== 0) throw new Error('figure text: nested sub- or superscripts are not drawn');
      atom(c === '_' ? -1 : 1);
      return;
    }
    const op = SPACED[c];
    if (op && level === 0) push(` ${op} `, false, level);
    else push(op ?? c, /[a-zA-Z]/.test(c), level);
  };
  while (i < tex.length) atom(0);
  return runs;
}

/** How far (SVG units, at the figures' 12 px text) a sub- or superscript is shifted. */
const SHIFT = { [-1]: 3.5, 1: -4.5 } as const;

/** The SVG children for figure text: plain text, and `<tspan>`s for the formulas. */
export function mathSvg(s: string): ElementContent[] {
  const out: ElementContent[] = [];
  let dy = 0;
  for (const part of splitMath(s)) {
    const runs = part.math
      ? mathRuns(part.value)
      : [{ text: part.value, italic: false, level: 0 as const }];
    for (const run of runs) {
      const target = run.level === 0 ? 0 : SHIFT[run.level];
      const className = [
        ...(run.italic ? ['fig-math-i'] : []),
        ...(run.level ? ['fig-math-script'] : []),
      ];
      if (target === dy && className.length === 0) {
        out.push({ type: 'text', value: run.text });
        continue;
      }
      const tspan = h(
        'tspan',
        {
          ...(target !== dy ? { dy: String(target - dy) } : {}),
          ...(className.length ? { className } : {}),
        },
        [run.text],
      );
      dy = target;
      out.push(tspan);
    }
  }
  // Back to the baseline, so a line that follows (Plot's multi-line text) is not shifted: `dy`
  // moves characters, so the reset carries one (a zero-width space).
  if (dy !== 0) out.push(h('tspan', { dy: String(-dy) }, ['\u200b']));
  return out;
}

/** Figure text as plain text (an SVG's `<title>`): formulas lose their markup. */
export function mathPlain(s: string): string {
  return splitMath(s)
    .map((p) => (p.math ? mathRuns(p.value).map((r) => r.text) : [p.value]).join(''))
    .join('');
}
