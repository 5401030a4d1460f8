/**
 * What the Markdown plugins need to know about the file they are processing.
 */
import type { Lang } from '../i18n/langs';

/** The path relative to the project, for messages ("content/papers/x/ja.mdx"). */
export function contentPath(path: string | undefined): string {
  if (!path) return '(unknown file)';
  const i = path.lastIndexOf('/content/');
  return i >= 0 ? path.slice(i + 1) : path;
}

/** The edition a content file belongs to: `en.mdx` or a folder named `en/` mean English. */
export function langFromPath(path: string | undefined): Lang {
  // Only the file name or its own folder counts ("…/en.mdx", "…/en/intro.mdx"), not folders
  // higher up the absolute path.
  return path && /(?:^|\/)en(?:\.mdx?|\/[^/]+\.mdx?)$/.test(path) ? 'en' : 'ja';
}
