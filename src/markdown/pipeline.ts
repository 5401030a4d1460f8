/**
 * The one Markdown/MDX pipeline: imported by `astro.config.ts` (the digest's MDX), by the papers'
 * loader (`renderMdxBody`) and by the tests, so what is tested is what ships. Order matters:
 * `rehype-katex.ts` takes each formula from the linter's KaTeX cache (one KaTeX render per
 * formula and build) and fails the file on a bad formula, with its line; the `lang` marking
 * runs after KaTeX so formulas are skipped. The sanitizer runs near the end, with the HTML policy
 * the content linter also enforces (`html-policy.ts`): whatever the linter missed is removed before
 * it can reach a page. Only the glossary step and the `lang` marking come after it: they add the
 * terms' definitions (buttons and popovers built from the glossary's plain text, not from the
 * author's markup) and `<span lang>` runs.
 */
import { rehypeHeadingIds, unified as astroUnified } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { BodyContext } from './components';
import type { HeadingInfo } from '../content/views/toc';
import { MDX_BODY_SYNTAX, mdxHandlers, remarkMdxBody } from './mdx-body';
import { sanitizeSchema } from './html-policy';
import rehypeBaseLinks from './rehype-base-links';
import rehypeFormulas from './rehype-formulas';
import rehypeExternalLinks from './rehype-external-links';
import rehypeGlossary from './rehype-glossary';
import rehypeHeadings from './rehype-headings';
import rehypeKatex from './rehype-katex';
import rehypeLang from './rehype-lang';
import rehypeTables from './rehype-tables';
import rehypeFigureNumbers from './rehype-figures';

export const remarkPlugins = [remarkMath];

export const rehypePlugins = [
  rehypeHeadings,
  rehypeFigureNumbers,
  rehypeTables,
  rehypeKatex,
  rehypeFormulas,
  rehypeBaseLinks,
  rehypeExternalLinks,
  [rehypeSanitize, sanitizeSchema],
  // After the sanitizer: the glossary's definitions open from a `button` (popovertarget), an
  // element authors may not write. Its text is the glossary's, as plain text. Before the `lang`
  // marking, so a term in two scripts (KL ダイバージェンス) is still one text to find.
  rehypeGlossary,
  rehypeLang,
] as const;

/** The processor for `markdown.processor` in `astro.config.ts` (MDX inherits it). */
export function markdownProcessor() {
  return astroUnified({
    remarkPlugins: [...remarkPlugins],
    rehypePlugins: [...rehypePlugins] as never,
    smartypants: false,
  });
}

// Built once per process and reused for every body (a frozen unified processor is stateless).
let bodyProcessor: ReturnType<typeof createBodyProcessor> | undefined;

/**
 * The processor of paper bodies. `rehype` is the rehype plugin list (the tests pass it without
 * the sanitizer, to show the sanitizer leaves real bodies unchanged).
 */
export function createBodyProcessor(rehype: readonly unknown[] = rehypePlugins) {
  return unified()
    .use(remarkParse)
    .use(MDX_BODY_SYNTAX)
    .use(remarkPlugins as PluggableList)
    .use(remarkMdxBody)
    .use(remarkRehype, { handlers: mdxHandlers() })
    .use(rehype as unknown as PluggableList)
    .use(rehypeHeadingIds as () => (tree: HastRoot, file: VFile) => void)
    .use(rehypeStringify)
    .freeze();
}

/**
 * Renders a paper body as MDX into HTML with the pipeline above: components from the registry
 * (`components.ts`) and inline HTML become HTML here, at build time; anything MDX would run as
 * code fails with "file:line: …". `path` is the file's absolute path (glossary, `lang`, messages).
 */
export async function renderMdxBody(
  body: string,
  path: string,
  context?: BodyContext,
): Promise<{ html: string; headings: HeadingInfo[] }> {
  bodyProcessor ??= createBodyProcessor();
  const file = new VFile({
    value: body,
    path,
    data: { ...(context ? { body: context } : {}), astro: { frontmatter: {} } },
  });
  const tree = await bodyProcessor.run(bodyProcessor.parse(file), file);
  const html = bodyProcessor.stringify(tree as HastRoot, file);
  const headings = (file.data as { astro?: { headings?: HeadingInfo[] } }).astro?.headings ?? [];
  return { html, headings };
}
