/**
 * The text a formula leaves in the search index. The index skips KaTeX's markup (it would be
 * read three times, as HTML, MathML and TeX), which left holes in excerpts ("は  番目のクエリ").
 * A short formula keeps its TeX source, which is what a reader would type; a long one becomes a
 * placeholder, so excerpts stay readable.
 */

/** Longest TeX (after collapsing spaces) that is shown as itself. */
export const MAX_TEX_IN_SEARCH = 24;

/** The search text for a formula's TeX: the TeX itself when short, otherwise `placeholder`. */
export function mathSearchText(tex: string, placeholder: string): string {
  // `\mathrm{slope}` reads as "slope": font commands only style their argument.
  const s = tex
    .replace(/\\(?:mathrm|text|mathit|mathbf|operatorname)\{([^{}]*)\}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > 0 && s.length <= MAX_TEX_IN_SEARCH ? s : placeholder;
}
