/**
 * The text a formula leaves in the search index. The index skips KaTeX's markup (it would be
 * read three times, as HTML, MathML and TeX), which left holes in excerpts ("は  番目のクエリ").
 * A short formula without commands keeps its TeX (what a reader would type); any other becomes a
 * placeholder, so excerpts stay readable.
 */

/** Longest TeX (after collapsing spaces) that is shown as itself. */
export const MAX_TEX_IN_SEARCH = 24;

/** Commands that only style their argument: `\mathrm{slope}` reads as "slope". */
const STYLE =
  /\\(?:mathrm|mathit|mathbf|mathsf|mathcal|mathbb|boldsymbol|text|operatorname)\{([^{}]*)\}/g;

/**
 * The search text for a formula's TeX: the TeX itself when it is short and, once style commands
 * give way to their argument, has no command left (so `q_m` and `L_{train}` are kept, and no
 * command name such as "frac" reaches the index); otherwise `placeholder`.
 */
export function mathSearchText(tex: string, placeholder: string): string {
  const s = tex.replace(STYLE, '$1').replace(/\s+/g, ' ').trim();
  return s.length > 0 && s.length <= MAX_TEX_IN_SEARCH && !s.includes('\\') ? s : placeholder;
}
