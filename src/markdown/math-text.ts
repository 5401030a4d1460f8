/**
 * The text a formula leaves in the search index, and so in search excerpts. The index skips
 * KaTeX's markup (it would be read three times, as HTML, MathML and TeX), which left holes in
 * excerpts ("は  番目のクエリ"). A short formula becomes readable Unicode text ("L_train = 512",
 * "θ = 10⁴", "W_ℓ^a"), never raw TeX; any other becomes a short marker ("(formula)"), so
 * excerpts read as sentences.
 */

/** Longest text (after conversion) that is shown as itself; a longer formula is the marker. */
export const MAX_TEX_IN_SEARCH = 20;

/** Commands that only style their argument: `\mathrm{slope}` reads as "slope". */
const STYLE =
  /^(?:mathrm|mathit|mathbf|mathsf|mathtt|mathcal|mathscr|boldsymbol|bm|text|textrm|operatorname)$/;

/** A table written as "key value key value …", separated by white space. */
function table(list: string): Record<string, string> {
  const w = list.trim().split(/\s+/);
  return Object.fromEntries(w.flatMap((key, i) => (i % 2 ? [] : [[key, w[i + 1] as string]])));
}
/** A table from two strings: the n-th character of `to` stands for the n-th of `from`. */
const zip = (from: string, to: string): Record<string, string> =>
  Object.fromEntries([...from].map((c, i) => [c, [...to][i] as string]));

const SYMBOLS: Record<string, string> = {
  ...table(`
    alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ vartheta ϑ
    iota ι kappa κ lambda λ mu μ nu ν xi ξ pi π rho ρ sigma σ tau τ upsilon υ phi ϕ varphi φ
    chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Phi Φ Psi Ψ Omega Ω
    ell ℓ infty ∞ partial ∂ nabla ∇ top ᵀ dots … ldots … cdots ⋯ cdot · times × div ÷ pm ±
    sum ∑ prod ∏ int ∫ sqrt √ langle ⟨ rangle ⟩ | ‖ { { } } % % # # & & _ _`),
  // Named operators read as their names.
  ...Object.fromEntries(
    'log exp max min arg argmax argmin sin cos det tr'.split(' ').map((w) => [w, w]),
  ),
};

/** Relations read with a space on each side: "θ = 10⁴". */
const RELATIONS = table(`
  = = < < > > lt < gt > le ≤ leq ≤ ge ≥ geq ≥ neq ≠ ne ≠ approx ≈ sim ∼ propto ∝ equiv ≡
  in ∈ notin ∉ subset ⊂ subseteq ⊆ to → rightarrow → mapsto ↦ gets ← leftarrow ← coloneqq ≔`);

/** Characters read as another: a prime, a minus sign, a spaced comma, a tie. */
const CHARACTERS: Record<string, string> = { "'": '′', '-': '−', ',': ', ', '~': ' ' };

/** Spacing and sizing commands, read as nothing (or a space). */
const SPACES = new Set([',', ';', ':', '!', ' ', 'quad', 'qquad', 'left', 'right', 'big', 'Big']);

/** Accents over one symbol, as combining marks: `\hat y` reads "ŷ". */
const ACCENTS = table(`
  hat \u0302 widehat \u0302 tilde \u0303 widetilde \u0303 bar \u0304 overline \u0304
  dot \u0307 ddot \u0308 vec \u20d7`);

const DOUBLE_STRUCK = zip('RNZQCEP', 'ℝℕℤℚℂ𝔼ℙ');
const SUPERSCRIPT = zip('0123456789+-−niTᵀ*′', '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻ⁿⁱᵀᵀ*′');
const SUBSCRIPT = zip('0123456789', '₀₁₂₃₄₅₆₇₈₉');

/** A formula that cannot be read as text (an unknown command, unbalanced braces). */
class Unreadable extends Error {}

/** Reads TeX into Unicode text; throws `Unreadable` when a command is not known. */
class Reader {
  private at = 0;
  private readonly tex: string;
  constructor(tex: string) {
    this.tex = tex;
  }

  /** The whole formula; throws when a brace is left over. */
  all(): string {
    const text = this.group();
    if (this.at < this.tex.length) throw new Unreadable();
    return text;
  }

  /** Everything up to the end or a closing brace. */
  group(): string {
    let out = '';
    while (this.at < this.tex.length && this.tex[this.at] !== '}') out += this.atom(out);
    return out;
  }

  /** A braced group, the opening brace at the current position. */
  private braced(): string {
    this.at++;
    const inner = this.group();
    if (this.tex[this.at] !== '}') throw new Unreadable();
    this.at++;
    return inner;
  }

  /** One argument: a braced group or a single token. */
  private argument(): string {
    this.skipSpace();
    if (this.tex[this.at] === '{') return this.braced();
    if (this.at >= this.tex.length) throw new Unreadable();
    return this.atom('');
  }

  private skipSpace(): void {
    while (this.tex[this.at] === ' ') this.at++;
  }

  private script(kind: '^' | '_'): string {
    const raw = this.argument().trim();
    if (raw === '') return '';
    const table = kind === '^' ? SUPERSCRIPT : SUBSCRIPT;
    const chars = [...raw];
    if ((chars.length === 1 || /^\d+$/.test(raw)) && chars.every((c) => table[c]))
      return chars.map((c) => table[c]).join('');
    if (kind === '_' && chars.length === 1) return `_${raw}`;
    return /^[\p{L}\p{N}]+$/u.test(raw) ? `${kind}${raw}` : `${kind}(${raw})`;
  }

  /** One piece of text; `before` is the text so far (for spacing around relations). */
  private atom(before: string): string {
    const c = this.tex[this.at] as string;
    if (c === '{') return this.braced();
    if (c === '^' || c === '_') {
      this.at++;
      return this.script(c);
    }
    if (c === ' ') {
      // A space between two symbols is kept ("q_m k_n"); others are TeX's own.
      this.at++;
      return /[\p{L}\p{N}′ᵀ²³¹⁰-⁹₀-₉)]$/u.test(before) ? ' ' : '';
    }
    if (c === '=' || c === '<' || c === '>') {
      this.at++;
      return this.relation(c, before);
    }
    if (c === '+') {
      this.at++;
      if (before.trim() === '' || /[([=<>≤≥∈,]\s*$/.test(before)) return '+';
      return `${before.endsWith(' ') ? '' : ' '}+ `;
    }
    if (c === '&' || c === '$' || c === '#' || c === '%') throw new Unreadable();
    if (c !== '\\') {
      this.at++;
      return CHARACTERS[c] ?? c;
    }
    // A command: a letter run, or one other character.
    const m = /^\\([A-Za-z]+|.)/s.exec(this.tex.slice(this.at));
    if (!m) throw new Unreadable();
    this.at += m[0].length;
    const name = m[1] as string;
    if (STYLE.test(name)) return this.argument();
    if (name === 'mathbb') {
      const arg = this.argument();
      return [...arg].map((ch) => DOUBLE_STRUCK[ch] ?? ch).join('');
    }
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      const num = this.argument();
      const den = this.argument();
      const wrap = (s: string) => (/^√?[\p{L}\p{N}.′]+$/u.test(s) ? s : `(${s})`);
      return `${wrap(num)}/${wrap(den)}`;
    }
    if (name === 'sqrt') {
      const arg = this.argument();
      return /^[\p{L}\p{N}]$/u.test(arg) ? `√${arg}` : `√(${arg})`;
    }
    if (name in ACCENTS) {
      const arg = this.argument();
      return [...arg].length === 1 ? `${arg}${ACCENTS[name]}`.normalize('NFC') : arg;
    }
    if (name in RELATIONS) return this.relation(RELATIONS[name] as string, before);
    if (SPACES.has(name)) return name === 'quad' || name === 'qquad' ? ' ' : '';
    const symbol = SYMBOLS[name];
    if (symbol === undefined) throw new Unreadable();
    // A named operator is a word: keep it apart from a letter before it.
    return /^[a-z]{2,}$/.test(symbol) && /[\p{L}\p{N}]$/u.test(before) ? ` ${symbol}` : symbol;
  }

  private relation(sign: string, before: string): string {
    return `${before.endsWith(' ') ? '' : ' '}${sign} `;
  }
}

/**
 * A formula's TeX as plain Unicode text ("\\theta=10^4" → "θ = 10⁴", "L_{\\mathrm{train}}" →
 * "L_train", "\\hat y_i" → "ŷ_i"), or undefined when it uses a command this reader does not know.
 */
export function texToText(tex: string): string | undefined {
  const source = tex.replace(/\s+/g, ' ').trim();
  try {
    const reader = new Reader(source);
    const text = reader.all();
    if (text.length === 0 && source.length > 0) return undefined;
    return text
      .replace(/ {2,}/g, ' ')
      .replace(/ ([,)\]])/g, '$1')
      .trim();
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * The search text for a formula's TeX: its Unicode reading (`texToText`) when it is short,
 * otherwise `placeholder` (a marker such as "(formula)"). No TeX command or brace reaches the
 * index or an excerpt.
 */
export function mathSearchText(tex: string, placeholder: string): string {
  const text = texToText(tex);
  return text && [...text].length <= MAX_TEX_IN_SEARCH && !/[\\{}]/.test(text) ? text : placeholder;
}
