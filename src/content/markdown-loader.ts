/**
 * A content loader for the papers' `.mdx` files that renders each body once, while content
 * syncs, with the project's Markdown pipeline (remark-math, KaTeX, heading ids, tables, lang),
 * and keeps the HTML in the content store, as Astro does for `.md` files.
 *
 * Why: Astro's `glob` loader turns every `.mdx` file into a JavaScript module that Vite compiles
 * and bundles. At a thousand papers (two thousand modules) that bundling took minutes and more
 * than 4 GB of memory. Paper bodies use no MDX components or expressions (the content linter
 * rejects expressions, and parses every body as MDX, so authors still write valid MDX), so they
 * render the same as Markdown. Unchanged files keep their stored HTML between builds (digest).
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';

export interface MarkdownLoaderOptions {
  /** Folder to read, relative to the project root (e.g. "./content/papers"). */
  base: string;
  /** Whether a path relative to `base` ("x/ja.mdx") is an entry. */
  match: (rel: string) => boolean;
  /** The entry id for a path relative to `base`. */
  id: (rel: string) => string;
}

/** Removes a byte-order mark and turns CRLF into LF (as the content linter does). */
const normalise = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

export function mdxBodiesAsMarkdown(options: MarkdownLoaderOptions): Loader {
  return {
    name: 'mdx-bodies-as-markdown',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), config.root));
      const rels = (await readdir(dir, { recursive: true }))
        .map((p) => p.split(sep).join('/'))
        .filter((rel) => options.match(rel))
        .sort();
      const untouched = new Set(store.keys());
      for (const rel of rels) {
        const full = `${dir}${rel}`;
        const contents = await readFile(full, 'utf8');
        const id = options.id(rel);
        untouched.delete(id);
        const digest = generateDigest(contents);
        const existing = store.get(id);
        if (existing?.digest === digest && existing.rendered) continue;
        const { frontmatter, content } = parseFrontmatter(normalise(contents), { frontmatter: 'empty-with-lines' });
        const data = await parseData({ id, data: frontmatter, filePath: full });
        // A failure here must fail the build (Astro's glob loader only logs it).
        const rendered = await renderMarkdown(content, { fileURL: pathToFileURL(full) });
        store.set({ id, data, body: content, filePath: relative(root, full).split(sep).join('/'), digest, rendered });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
