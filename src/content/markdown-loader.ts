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
 *
 * The HTML itself is kept in a file of Astro's cache folder (`<cacheDir>/rendered/<collection>/`,
 * named by the hash of the HTML), and the entry records that file in `rendered.metadata.htmlFile`
 * with its headings; the page reads it back (src/content/rendered-html.ts). Why:
 * Astro bundles the whole content store into the build as one JavaScript string and keeps it in
 * memory, and the bodies' HTML (KaTeX output, ~25 KB a paper) was 90% of it: at 1,000 papers a
 * 67 MB store held several hundred MB in the build process (bundled source, string literal,
 * parsed copy). `render(entry)` is therefore empty for these entries.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { htmlFileOf } from './rendered-html';

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
    // Astro hands these as plain functions of the loader context; none of them uses `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    load: async ({ config, collection, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), config.root));
      const htmlDir = fileURLToPath(new URL(`rendered/${collection}/`, config.cacheDir));
      await mkdir(htmlDir, { recursive: true });
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
        // The body draws its figures from figures.yaml beside it: a change there re-renders it.
        const figuresFile = join(dirname(full), 'figures.yaml');
        const figures = existsSync(figuresFile) ? await readFile(figuresFile, 'utf8') : '';
        const digest = generateDigest(`${contents}\u0000${figures}`);
        const existing = store.get(id);
        const existingFile = htmlFileOf(existing);
        if (existing?.digest === digest && existingFile && existsSync(existingFile)) continue;
        const { frontmatter, content } = parseFrontmatter(normalise(contents), { frontmatter: 'empty-with-lines' });
        const data = await parseData({ id, data: frontmatter, filePath: full });
        // A failure here must fail the build (Astro's glob loader only logs it).
        const { html, metadata } = await renderMarkdown(content, { fileURL: pathToFileURL(full) });
        const htmlFile = join(htmlDir, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`);
        await writeFile(htmlFile, html);
        // The store ignores a set() with an unchanged digest, which would keep an entry whose file is gone.
        if (existing) store.delete(id);
        store.set({ id, data, body: content, filePath: relative(root, full).split(sep).join('/'), digest, rendered: { html: '', metadata: { ...metadata, htmlFile } } });
      }
      for (const id of untouched) store.delete(id);
      // HTML files no entry refers to any more (edited or removed papers).
      const kept = new Set(store.keys().map((id) => htmlFileOf(store.get(id))));
      for (const name of await readdir(htmlDir)) if (!kept.has(join(htmlDir, name))) await rm(join(htmlDir, name), { force: true });
    },
  };
}
