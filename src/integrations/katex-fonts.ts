/**
 * KaTeX's fonts at the byte floor. A Vite plugin trims KaTeX's stylesheet to woff2 (every
 * browser this site supports reads it; without this, Vite emits the woff and ttf copies too,
 * about 800 KB more) and lets text show in a fallback font while a math font loads. After the
 * build, `katexFontSubset` cuts every KaTeX font down to the characters the built pages draw
 * with it: which face draws which character follows the installed `katex.min.css` (the file
 * the paper layout imports), so a new symbol in the content is in the next build's fonts
 * without anyone touching a list.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import type { PageStep } from './built-pages';
import { pageLinks, type PageLink } from './page-reader';
import { mergeGlyphs } from '../markdown/katex-glyphs';

export { installedKatexCss } from './page-reader';

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

/** A content hash for a file name, as short as Vite's. */
const contentHash = (data: Uint8Array) =>
  createHash('sha256').update(data).digest('base64url').slice(0, 8);

/** `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular`. */
const stemOf = (name: string) => name.slice(0, name.indexOf('.'));

/**
 * The post-build step: collects, page by page, the characters each face draws; then replaces
 * each used font in the output by its subset under a new content-hashed name (so a cached
 * older subset is never taken for it), and renames the stylesheets that name the fonts and
 * the pages that link those stylesheets to match. A face no page draws with stays whole: no
 * page downloads it.
 */
export function katexFontSubset(): PageStep {
  const used = new Map<string, Set<string>>();
  // The links of each page with formulas the walk read, kept so relinking needs no second parse.
  const links = new Map<string, PageLink[]>();
  return {
    name: 'katex-font-subset',
    page({ file, glyphs, links: pageLinksFound }) {
      // Only pages with drawn formulas (KaTeX's `katex-html` class) have characters to collect.
      if (glyphs.length === 0 && pageLinksFound.length === 0) return;
      mergeGlyphs(used, new Map(glyphs.map(([face, chars]) => [face, new Set(chars)])));
      links.set(file, pageLinksFound);
    },
    async done(dir, logger) {
      const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name));
      const renamed = new Map<string, string>();
      for (const path of files.filter((f) => /[\\/]KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(f))) {
        const chars = used.get(stemOf(basename(path)));
        // An unused face stays whole (no page loads it); an empty subset would not be a font.
        if (!chars || chars.size === 0) continue;
        const original = await readFile(path);
        // Without hinting instructions: each KaTeX font carries the same 3.6 KB ttfautohint
        // program (about 1.8 KB of every subset after compression, more than most subsets'
        // glyphs), and the browsers tested here draw these fonts without it (see README).
        const subset = await subsetFont(original, [...chars].join(''), {
          targetFormat: 'woff2',
          noHinting: true,
        });
        const name = `${stemOf(basename(path))}.${contentHash(subset)}.woff2`;
        await writeFile(join(dirname(path), name), subset);
        await rm(path);
        renamed.set(basename(path), name);
        logger.info(`${name}: ${chars.size} characters, ${original.length} → ${subset.length} B`);
      }
      const cssRenamed = await renameReferrers(
        files.filter((f) => f.endsWith('.css')),
        renamed,
      );
      const pages = await relinkPages(
        dir,
        files.filter((f) => f.endsWith('.html')).map((f) => relative(dir, f)),
        links,
        cssRenamed,
      );
      logger.info(`${renamed.size} fonts subset; ${cssRenamed.size} stylesheets, ${pages} pages`);
    },
  };
}

/**
 * Writes the new font names into the stylesheets that name the old ones and gives each such
 * stylesheet a name from its new content. Returns old → new stylesheet names.
 */
async function renameReferrers(
  stylesheets: string[],
  fonts: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  for (const path of stylesheets) {
    const text = await readFile(path, 'utf8');
    let next = text;
    for (const [from, to] of fonts) next = next.split(from).join(to);
    if (next === text) continue;
    const name = `${stemOf(basename(path))}.${contentHash(Buffer.from(next))}.css`;
    await writeFile(path, next);
    await rename(path, join(dirname(path), name));
    renamed.set(basename(path), name);
  }
  return renamed;
}

/**
 * Points the pages' `<link href>` at renamed stylesheets. A page the walk parsed is edited where
 * its links were found (nothing writes the pages between the walk and this step) and only when
 * one of them names a renamed stylesheet; any other page is parsed here if its text names one.
 * Returns how many pages changed.
 */
async function relinkPages(
  dir: string,
  pages: readonly string[],
  walked: ReadonlyMap<string, PageLink[]>,
  stylesheets: ReadonlyMap<string, string>,
): Promise<number> {
  if (stylesheets.size === 0) return 0;
  const names = [...stylesheets.keys()];
  let changed = 0;
  for (const file of pages) {
    const known = walked.get(file);
    if (known && !known.some((l) => stylesheets.has(l.href.slice(l.href.lastIndexOf('/') + 1))))
      continue;
    const path = join(dir, file);
    const html = await readFile(path, 'utf8');
    if (!known && !names.some((name) => html.includes(name))) continue;
    const next = relinkHtml(html, stylesheets, known);
    if (next === html) continue;
    await writeFile(path, next);
    changed += 1;
  }
  return changed;
}

/**
 * `html` with the `href` of every `<link>` to a renamed file pointing at its new name. Only each
 * such link's own source text is edited, so the rest of the page stays byte for byte as Astro
 * wrote it. `links` are the page's links (`pageLinks` of its parsed text, the default).
 */
export function relinkHtml(
  html: string,
  renamed: ReadonlyMap<string, string>,
  links: readonly PageLink[] = pageLinks(html),
): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { href, start, end } of links) {
    const old = href.slice(href.lastIndexOf('/') + 1);
    const to = renamed.get(old);
    if (to) edits.push({ start, end, text: html.slice(start, end).split(old).join(to) });
  }
  let out = html;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
