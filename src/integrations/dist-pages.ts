/**
 * Checks over the built site in `dist/`, used by the build hook and the build-level tests.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every HTML file under `dir`, as paths relative to it. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** True when the HTML contains KaTeX's error markup (class `katex-error`). */
export function hasKatexError(html: string): boolean {
  return /class="[^"]*\bkatex-error\b/.test(html);
}

/**
 * One walk over the built pages: for each named test, the pages (paths relative to `dir`)
 * whose HTML it is true of.
 */
export async function findPages<K extends string>(
  dir: string,
  tests: Record<K, (html: string) => boolean>,
): Promise<Record<K, string[]>> {
  const names = Object.keys(tests) as K[];
  const found = Object.fromEntries(names.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(join(dir, file), 'utf8');
    for (const k of names) if (tests[k](html)) found[k].push(file);
  }
  return found;
}

/** The built pages that contain KaTeX error markup. */
export async function findKatexErrors(dir: string): Promise<string[]> {
  return (await findPages(dir, { katex: hasKatexError })).katex;
}
