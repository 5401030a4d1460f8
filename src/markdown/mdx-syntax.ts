import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { PluggableList } from 'unified';

/**
 * What a body is written in on top of CommonMark: MDX (JSX, expressions, ESM) and GFM (tables).
 * Math (remark-math) comes with the pipeline's `remarkPlugins`. The linter, the renderer and the
 * table reader of the results charts all parse with this list. In a module of its own so the
 * table reader does not import the component registry that uses it (an import cycle).
 */
export const MDX_BODY_SYNTAX: PluggableList = [remarkMdx, remarkGfm];
