/**
 * The one Markdown/MDX pipeline: imported by `astro.config.ts` and by the tests, so what is
 * tested is what ships. Order matters: the math check runs before rehype-katex (which would only
 * log a bad formula), and the `lang` marking runs after KaTeX so formulas are skipped.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { KATEX_OPTIONS } from './math';
import remarkMathCheck from './remark-math-check';
import rehypeBaseLinks from './rehype-base-links';
import rehypeGlossary from './rehype-glossary';
import rehypeHeadings from './rehype-headings';
import rehypeLang from './rehype-lang';
import rehypeMathScroll from './rehype-math-scroll';
import rehypeTables from './rehype-tables';
import remarkFigures from '../figures/remark-figures';
import rehypeFigureNumbers from '../figures/number';

export const remarkPlugins = [remarkMath, remarkMathCheck, remarkFigures];

export const rehypePlugins = [
  rehypeHeadings,
  rehypeFigureNumbers,
  rehypeTables,
  [rehypeKatex, { ...KATEX_OPTIONS }],
  rehypeMathScroll,
  rehypeGlossary,
  rehypeBaseLinks,
  rehypeLang,
] as const;

/** The processor for `markdown.processor` in `astro.config.ts` (MDX inherits it). */
export function markdownProcessor() {
  return unified({
    remarkPlugins: [...remarkPlugins],
    rehypePlugins: [...rehypePlugins] as never,
    smartypants: false,
  });
}
