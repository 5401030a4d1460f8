/**
 * Renders Markdown snippets through the REAL plugin lists exported by src/markdown/pipeline.ts
 * (`remarkPlugins`, `rehypePlugins`), between remark-parse + remark-gfm (GFM is on in Astro) and
 * remark-rehype + rehype-stringify, for the unit tests of the pipeline and its plugins.
 */
import type { Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { markdownProcessor, rehypePlugins, remarkPlugins } from '../../../src/markdown/pipeline';

/** Paths of a Japanese and an English paper edition (the plugins read the language from them). */
export const JA = '/site/content/papers/x/ja.mdx';
export const EN = '/site/content/papers/x/en.mdx';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkPlugins as PluggableList)
  .use(remarkRehype)
  .use(rehypePlugins as unknown as PluggableList)
  .use(rehypeStringify);

/** Renders a snippet as the file at `path`; returns the hast tree and the HTML. */
export function render(markdown: string, path = JA): { tree: Root; html: string } {
  const file = new VFile({ path, value: markdown });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, html: processor.stringify(tree, file) };
}

/** Renders a snippet through Astro's own renderer built from `markdownProcessor()` (astro.config.ts). */
export async function renderWithAstro(markdown: string, path = JA) {
  const renderer = await markdownProcessor().createRenderer({
    ...markdownConfigDefaults,
    syntaxHighlight: false,
  });
  return renderer.render(markdown, { fileURL: new URL(`file://${path}`) });
}
