/**
 * A Vite plugin that trims KaTeX's stylesheet to woff2 fonts. Every browser this site supports
 * reads woff2; without this, Vite emits the woff and ttf copies too (about 800 KB more).
 * It also lets text show in a fallback font while a math font loads (`font-display: swap`).
 */
import type { Plugin } from 'vite';

/** Removes the woff/ttf `src` entries from KaTeX's @font-face rules. */
function woff2Only(css: string): string {
  return css
    .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
    .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '')
    .replace(/font-display:\s*block/g, 'font-display:swap');
}

export function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css(\?|$)/.test(id)) return null;
      return { code: woff2Only(code), map: null };
    },
  };
}
