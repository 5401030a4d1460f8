/**
 * Reads built pages for the post-build steps (`built-pages.ts`): each page is read and parsed
 * once (hast-util-from-html), and what the steps need from it comes back as plain data (`PageFacts`).
 * `built-pages.ts` runs this module in worker threads for a large site (tinypool, through the
 * `#page-reader` entry of package.json's `imports`), and calls it directly for a small one.
 *
 * Worker threads load this file as TypeScript source, not from the build's bundle (Node 22.18+
 * strips the types), so it and the modules it imports use only erasable TypeScript syntax, and
 * its relative imports name their `.ts` files, and so do those of the modules it imports.
 *
 * Why workers: at 1,000 papers the walk parsed 2,336 pages on the build's main thread, whose
 * heap already held the whole page generation: the trees' garbage made a third of the walk's
 * garbage collection, and the heap grew to the build's peak. A worker starts with an empty heap,
 * which it gives back when the walk ends.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { hasRenderMisuse, mayShowRenderMisuse } from '../collections/rendered-html.ts';
import { hasKatexError, katexGlyphs, readFontCss, type FontCss } from '../markdown/katex-glyphs.ts';

/** What the post-build steps need from one page; pages with none of it are left out. */
export interface PageFacts {
  /** Path relative to the output folder. */
  file: string;
  /** It holds KaTeX's error markup (an element of class `katex-error`). */
  katexError: boolean;
  /** It shows a paper through Astro's `render(entry)` (see src/collections/loader.ts). */
  renderMisuse: boolean;
  /** The characters each KaTeX face draws in its formulas: [face file, characters]. */
  glyphs: [string, string][];
}

/** The font facts of the KaTeX stylesheet the site ships (the installed package's). */
export async function installedKatexCss(): Promise<FontCss> {
  const path = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  return readFontCss(await readFile(path, 'utf8'));
}

let css: Promise<FontCss> | undefined;

/**
 * The facts of one page's text: only what its markup can hold is looked for, and a page
 * without formulas, KaTeX errors or a `render(entry)` notice is not parsed at all.
 */
export async function pageFacts(file: string, html: string): Promise<PageFacts | undefined> {
  const mayError = html.includes('katex-error');
  const mayMisuse = mayShowRenderMisuse(html);
  const hasFormulas = html.includes('katex-html');
  if (!mayError && !mayMisuse && !hasFormulas) return undefined;
  // Formulas are read on their own (katexGlyphs); the whole page is parsed only to check it.
  const tree = mayError || mayMisuse ? fromHtml(html) : undefined;
  const glyphs = hasFormulas
    ? katexGlyphs(html, await (css ??= installedKatexCss()))
    : new Map<string, Set<string>>();
  return {
    file,
    katexError: !!tree && mayError && hasKatexError(tree),
    renderMisuse: !!tree && mayMisuse && hasRenderMisuse(tree),
    glyphs: [...glyphs].map(([face, chars]) => [face, [...chars].join('')]),
  };
}

/** The facts of `files` (relative to `dir`), in order: the worker's task. */
export default async function readPages(task: {
  dir: string;
  files: readonly string[];
}): Promise<PageFacts[]> {
  const out: PageFacts[] = [];
  for (const file of task.files) {
    const facts = await pageFacts(file, await readFile(join(task.dir, file), 'utf8'));
    if (facts) out.push(facts);
  }
  return out;
}
