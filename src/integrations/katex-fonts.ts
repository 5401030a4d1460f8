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
import { basename, dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import type { PageStep } from './built-pages';

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
  return {
    name: 'katex-font-subset',
    page({ glyphs }) {
      for (const [face, chars] of glyphs)
        used.set(face, new Set([...(used.get(face) ?? []), ...chars]));
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
      // The stylesheets that name a subset font get the new names and a name from their new
      // content; the pages that link such a stylesheet are pointed at its new name.
      const stylesheets = new Map<string, string>();
      for (const path of files.filter((f) => f.endsWith('.css'))) {
        const text = await readFile(path, 'utf8');
        const next = renameIn(text, renamed);
        if (next === text) continue;
        const name = `${stemOf(basename(path))}.${contentHash(Buffer.from(next))}.css`;
        await writeFile(path, next);
        await rename(path, join(dirname(path), name));
        stylesheets.set(basename(path), name);
      }
      let pages = 0;
      for (const path of files.filter((f) => f.endsWith('.html'))) {
        const html = await readFile(path, 'utf8');
        const next = relinkHtml(html, stylesheets);
        if (next === html) continue;
        await writeFile(path, next);
        pages += 1;
      }
      logger.info(`${renamed.size} fonts subset; ${stylesheets.size} stylesheets, ${pages} pages`);
    },
  };
}

/** `text` with every old name of `renamed` replaced by its new one. */
function renameIn(text: string, renamed: ReadonlyMap<string, string>): string {
  for (const [old, to] of renamed) text = text.split(old).join(to);
  return text;
}

/**
 * `html` with every `<link>` to a renamed file pointing at its new name. Only the link tags'
 * text is edited, so the rest of the page stays byte for byte as Astro wrote it.
 */
function relinkHtml(html: string, renamed: ReadonlyMap<string, string>): string {
  if (![...renamed.keys()].some((old) => html.includes(old))) return html;
  return html.replace(/<link\b[^>]*>/gi, (tag) => renameIn(tag, renamed));
}
