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

/** The built pages that contain KaTeX error markup. */
export async function findKatexErrors(dir: string): Promise<string[]> {
  const bad: string[] = [];
  for (const file of await htmlFiles(dir)) {
    if (hasKatexError(await readFile(join(dir, file), 'utf8'))) bad.push(file);
  }
  return bad;
}
