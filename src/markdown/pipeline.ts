/**
 * The one Markdown/MDX pipeline: imported by `astro.config.ts` and by the tests, so what is
 * tested is what ships. Order matters: the math check runs before rehype-katex (which would only
 * log a bad formula), and the `lang` marking runs after KaTeX so formulas are skipped. The
 * sanitizer runs last, with the HTML policy the content linter also enforces
 * (`html-policy.ts`): whatever the linter missed is removed before it can reach a page.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { KATEX_OPTIONS } from './math';
import remarkMathCheck from './remark-math-check';
import { sanitizeSchema } from './html-policy';
import rehypeBaseLinks from './rehype-base-links';
import rehypeExternalLinks from './rehype-external-links';
import rehypeGlossary from './rehype-glossary';
import rehypeHeadings from './rehype-headings';
import rehypeLang from './rehype-lang';
import rehypeMathScroll from './rehype-math-scroll';
import rehypeTables from './rehype-tables';

export const remarkPlugins = [remarkMath, remarkMathCheck];

export const rehypePlugins = [
  rehypeHeadings,
  rehypeTables,
  [rehypeKatex, { ...KATEX_OPTIONS }],
  rehypeMathScroll,
  rehypeGlossary,
  rehypeBaseLinks,
  rehypeExternalLinks,
  rehypeLang,
  [rehypeSanitize, sanitizeSchema],
] as const;

/** The processor for `markdown.processor` in `astro.config.ts` (MDX inherits it). */
export function markdownProcessor() {
  return unified({
    remarkPlugins: [...remarkPlugins],
    rehypePlugins: [...rehypePlugins] as never,
    smartypants: false,
  });
}
