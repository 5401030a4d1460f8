/**
 * Where a paper body's rendered HTML is kept. The papers' content loader
 * (src/collections/loader.ts) writes each body's HTML to a file of Astro's cache folder and
 * records the file and the body's headings in the entry's `rendered.metadata`, instead of
 * keeping the HTML in the content store (which Astro bundles into the build and holds in
 * memory whole). The page reads the file back with `readRenderedHtml`.
 *
 * Astro's `render(entry)` on such an entry shows `RENDER_MISUSE_HTML`, which the build refuses.
 */
import { readFile } from 'node:fs/promises';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { HeadingInfo } from '../content/views/toc';

const MISUSE_MARK = 'data-paper-body-misuse';

/**
 * The `rendered.html` of a paper entry, all that Astro's `render(entry)` can show: a visible
 * notice saying how to get the body. A page that contains it fails the build (`hasRenderMisuse`).
 */
export const RENDER_MISUSE_HTML = `<p ${MISUSE_MARK}>Astro's render(entry) does not render paper bodies: use loadPaperBody(entry) from src/collections/queries/ instead.</p>`;

/** True when a built page's tree shows a paper through `render(entry)` instead of `loadPaperBody`. */
export function hasRenderMisuse(page: Root): boolean {
  let found = false;
  visit(page, 'element', (node) => {
    if (node.properties['dataPaperBodyMisuse'] !== undefined) found = true;
  });
  return found;
}

/**
 * False when a page's HTML cannot hold the misuse notice (it does not name the attribute in any
 * letter case), so it need not be parsed to check.
 */
export const mayShowRenderMisuse = (html: string): boolean =>
  html.toLowerCase().includes(MISUSE_MARK);

/** The part of a content entry this module reads. */
export interface RenderedRef {
  id?: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/** The file an entry's HTML is kept in, or undefined when the entry records none. */
export function htmlFileOf(entry: RenderedRef | undefined): string | undefined {
  const file = entry?.rendered?.metadata?.['htmlFile'];
  return typeof file === 'string' && file !== '' ? file : undefined;
}

/** The entry's headings as the Markdown pipeline found them (depth, id, text). */
export function headingsOf(entry: RenderedRef): HeadingInfo[] {
  const headings = entry.rendered?.metadata?.['headings'];
  return Array.isArray(headings) ? (headings as HeadingInfo[]) : [];
}

/** The entry's body HTML, read from its file; a missing file fails loudly, naming the entry. */
export async function readRenderedHtml(entry: RenderedRef): Promise<string> {
  const file = htmlFileOf(entry);
  if (!file)
    throw new Error(
      `content entry "${entry.id ?? '?'}" has no rendered HTML file (see src/collections/loader.ts)`,
    );
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `content entry "${entry.id ?? '?'}": its rendered HTML ${file} cannot be read (was the cache folder removed during the build?)`,
      { cause: error },
    );
  }
}
