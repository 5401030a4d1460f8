/**
 * A content loader for the papers' `.mdx` files that renders each body once, while content
 * syncs, as real MDX with the project's pipeline (`renderMdxBody` in src/markdown/pipeline.ts:
 * remark-mdx, GFM, math with KaTeX, heading ids, tables, lang), and keeps the HTML out of the
 * content store.
 *
 * Why not Astro's `glob` loader: it turns every `.mdx` file into a JavaScript module that Vite
 * compiles and bundles. Measured 2026-12-07 on Astro 7.4.8 (this 2-core machine, shared, load
 * 3-8), the paper page rendering through `render(entry)`, `<Note>` as an Astro component, the
 * same remark/rehype pipeline: 1,000 generated papers built in 351 s (340 CPU s) at a 5,022 MiB
 * peak (Vite's bundle of the 2,000 MDX modules), against 212 s (201 CPU s) and 2,275 MiB for
 * this loader right after; with `experimental.incrementalBuild` 249 s / 5,035 MiB cold and
 * 209 s / 5,085 MiB rebuilt unchanged (load 0.4-2.6). At 100 papers, CPU s / peak: `glob`
 * 55 / 1,745 MiB, with `deferRender` 54 / 1,441 (a no-op for `.mdx`, always a deferred module:
 * glob.js); this loader 35 / 1,165. So `glob()` misses both targets (120 s, 2,048 MiB) and this
 * loader stays. Here the few components a body may use (src/markdown/components.ts, e.g.
 * `<Note>`) and inline HTML become HTML at build time, and
 * anything else MDX would run as code (expressions, imports, unknown components) fails the
 * build with file and line, exactly as the content linter reports it. Unchanged files keep
 * their HTML between builds (digest).
 *
 * The HTML itself is kept in a file of Astro's cache folder (`<cacheDir>/rendered/<collection>/`,
 * named by the hash of the HTML), and the entry records that file in `rendered.metadata.htmlFile`
 * with its headings; pages read it back through `loadPaperBody` (src/collections/queries/), the one
 * entry point for a paper's body. Why: Astro bundles the whole content store into the build as
 * one JavaScript string and keeps it in memory, and the bodies' HTML (KaTeX output, ~25 KB a
 * paper) was 90% of it: at 1,000 papers a 67 MB store held several hundred MB in the build
 * process (bundled source, string literal, parsed copy).
 *
 * Astro's own `render(entry)` therefore cannot return the body, and it must not return an empty
 * one: the entry's `rendered.html` is a visible notice (`RENDER_MISUSE_HTML`) telling the
 * developer to use `loadPaperBody(entry)`, and the build fails when any built page contains it
 * (src/integrations/content-guard.ts), naming the page.
 *
 * On the development server the loader watches its folder and the files every body depends on
 * (`dependsOn`: the glossary), as Astro's own loaders do: an edit to a body, its frontmatter or
 * another file of its paper folder (figures.yaml) renders the entries it touches again, the
 * edited file first, and Astro reloads the page.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { langFromPath } from '../content/file-info';
import { renderMdxBody } from '../markdown/pipeline';
import { htmlFileOf, RENDER_MISUSE_HTML } from './rendered-html';

export interface MarkdownLoaderOptions {
  /** Folder to read, relative to the project root (e.g. "./content/papers"). */
  base: string;
  /** Whether a path relative to `base` ("x/ja.mdx") is an entry. */
  match: (rel: string) => boolean;
  /** The entry id for a path relative to `base`. */
  id: (rel: string) => string;
  /** Files (relative to the project root) every body depends on, such as the glossary. */
  dependsOn?: string[];
}

/**
 * A hash of the files under `dir` (recursively) whose relative path `keep` accepts, with their
 * names; an absent folder hashes as empty.
 */
async function filesDigest(dir: string, keep: (rel: string) => boolean): Promise<string> {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return '';
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(keep)
    .sort();
  for (const rel of files)
    hash
      .update(rel)
      .update('\0')
      .update(await readFile(join(dir, rel)));
  return hash.digest('hex');
}

/** A file's frontmatter and body, without a byte-order mark and with LF line ends (as the linter reads it). */
const parseMdx = (text: string) =>
  parseFrontmatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
    frontmatter: 'empty-with-lines',
  });

/** The papers' loader: each `<slug>/<lang>.mdx` rendered once as MDX (see the file's header). */
export function mdxBodyLoader(options: MarkdownLoaderOptions): Loader {
  return {
    name: 'mdx-bodies',
    // Astro hands these as plain functions of the loader context; none of them uses `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    load: async ({ config, collection, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), config.root));
      const htmlDir = fileURLToPath(new URL(`rendered/${collection}/`, config.cacheDir));
      const extra = (options.dependsOn ?? []).map((f) => fileURLToPath(new URL(f, config.root)));
      await mkdir(htmlDir, { recursive: true });
      const listEntries = async () =>
        existsSync(dir)
          ? (await readdir(dir, { recursive: true }))
              .map((p) => p.split(sep).join('/'))
              .filter((rel) => options.match(rel))
              .sort()
          : [];
      // A body's HTML depends on more than its file: on the pipeline's code (src/markdown/ and
      // every folder it may import, by the folders' READMEs: figures, content, site, i18n, whose
      // strings label tables and glossary popovers), on the other files
      // of its paper folder (figure specs, and ja.mdx, whose tables results charts are drawn
      // from in both editions; not paper.yaml, which no body reads) and on the glossary (links
      // to its terms). All go into the digest, so a change to any renders the body again
      // instead of serving stale HTML.
      const sharedDigest = async () =>
        [
          await filesDigest(fileURLToPath(new URL('src/', config.root)), (rel) =>
            /^(markdown|figures|content|site|i18n)\//.test(rel),
          ),
          ...(await Promise.all(
            extra.map(async (f) => (existsSync(f) ? await readFile(f, 'utf8') : '')),
          )),
        ].join('\0');

      /** The body's HTML and headings; a failure here must fail the build (Astro's glob loader only logs it). */
      const render = (full: string, body: string) =>
        renderMdxBody(body, full, {
          file: relative(root, full).split(sep).join('/'),
          lang: langFromPath(full),
          paperDir: dirname(full),
        });

      /** Reads, validates and renders one entry unless its digest is unchanged. */
      const syncEntry = async (rel: string, shared: string) => {
        const full = `${dir}${rel}`;
        const contents = await readFile(full, 'utf8');
        const id = options.id(rel);
        const folder = await filesDigest(
          dirname(full),
          (name) => (!name.endsWith('.mdx') && name !== 'paper.yaml') || name === 'ja.mdx',
        );
        const digest = generateDigest(`${contents}\0${shared}\0${folder}`);
        const existing = store.get(id);
        const existingFile = htmlFileOf(existing);
        if (existing?.digest === digest && existingFile && existsSync(existingFile)) return;
        const { frontmatter, content } = parseMdx(contents);
        const data = await parseData({ id, data: frontmatter, filePath: full });
        const { html, headings } = await render(full, content);
        const htmlFile = join(
          htmlDir,
          `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`,
        );
        await writeFile(htmlFile, html);
        // The store ignores a set() with an unchanged digest, which would keep an entry whose file is gone.
        if (existing) store.delete(id);
        store.set({
          id,
          data,
          body: content,
          filePath: relative(root, full).split(sep).join('/'),
          digest,
          rendered: { html: RENDER_MISUSE_HTML, metadata: { headings, htmlFile } },
        });
      };

      /** HTML files no entry refers to any more (edited or removed papers). */
      const pruneHtml = async () => {
        const kept = new Set(store.keys().map((id) => htmlFileOf(store.get(id))));
        for (const name of await readdir(htmlDir))
          if (!kept.has(join(htmlDir, name))) await rm(join(htmlDir, name), { force: true });
      };

      const rels = await listEntries();
      const untouched = new Set(store.keys());
      const shared = await sharedDigest();
      for (const rel of rels) {
        untouched.delete(options.id(rel));
        await syncEntry(rel, shared);
      }
      for (const id of untouched) store.delete(id);
      await pruneHtml();

      // The development server: an edit to a body, its frontmatter, any other file of its
      // paper folder (paper.yaml, figures.yaml) or a file the bodies depend on (the glossary)
      // renders the entries it touches again, and Astro reloads the page. A content error is
      // logged with its file, and the server keeps running (the content guard reports it in
      // the browser as well: src/integrations/content-guard.ts).
      if (!watcher) return;
      watcher.add([dir, ...extra]);
      // The pipeline loads its parts (KaTeX, the figure drawers) on first use: one body rendered
      // now, and thrown away, saves the first edit that wait.
      const [sample] = rels;
      if (sample)
        void readFile(`${dir}${sample}`, 'utf8')
          .then((text) => render(`${dir}${sample}`, parseMdx(text).content))
          .catch(() => undefined);
      // Events come in bursts (an editor's save may write a temporary file and rename it):
      // the changes of a few milliseconds are synced together, once. The edited files' own
      // entries go first; the entries that merely depend on the change (the other edition of
      // the paper, whose charts read ja.mdx's tables; every body after a glossary edit, whose
      // own page reloads from its collection) follow once Astro has written the first change to
      // its store (it waits 500 ms after the last one), so the page being edited reloads as soon
      // as it can.
      const changed = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      let queue = Promise.resolve();
      const syncAll = async (rels: string[]) => {
        const now = await sharedDigest();
        for (const r of rels) {
          try {
            await syncEntry(r, now);
          } catch (error) {
            logger.error(
              `${relative(root, `${dir}${r}`)}: ${(error as Error).message} (the page keeps its last good version)`,
            );
          }
        }
      };
      const flush = () => {
        const paths = [...changed];
        changed.clear();
        queue = queue.then(async () => {
          const current = await listEntries();
          const ids = new Set(current.map((r) => options.id(r)));
          for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
          const rels = paths.map((p) => relative(dir, p).split(sep).join('/'));
          const folders = new Set(rels.map((r) => r.split('/')[0]));
          const all = paths.some((p) => extra.includes(p));
          const direct = current.filter((r) => rels.includes(r));
          const indirect = current.filter(
            (r) => !direct.includes(r) && (all || folders.has(r.split('/')[0])),
          );
          await syncAll(direct);
          // A figures.yaml edit is the change itself; a body or the glossary changed first.
          const folderFileChanged = rels.some((r) => !r.startsWith('..') && !r.endsWith('.mdx'));
          if ((direct.length > 0 || all) && !folderFileChanged && indirect.length > 0)
            await new Promise((done) => setTimeout(done, 700));
          await syncAll(indirect);
          // No pruning here: a page being served may still read the HTML file the store named
          // before this change; files left over are removed at the next start.
        });
      };
      const resync = (path: string) => {
        const rel = relative(dir, path);
        if (!extra.includes(path) && (rel.startsWith('..') || rel === '')) return;
        changed.add(path);
        clearTimeout(timer);
        timer = setTimeout(flush, 20);
      };
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', resync);
    },
  };
}
