/**
 * KaTeX for the whole build: the settings, and one memoised render shared by the content
 * linter's check (`texError`) and the pipeline's render (`rehype-katex.ts`), so each formula is
 * rendered by KaTeX once per build, not twice.
 */
import katex from 'katex';
import { contentPath } from '../content/file-info';

/**
 * KaTeX settings used everywhere. `strict: 'error'` turns KaTeX's warnings (for example
 * Japanese outside `\text{}`) into errors, so an author hears about them at build time.
 */
export const KATEX_OPTIONS = { strict: 'error', output: 'htmlAndMathml' } as const;

/** A formula KaTeX rendered (its HTML) or refused (its message, without "KaTeX parse error: "). */
export type TexResult = { html: string; error?: undefined } | { error: string; html?: undefined };

// The linter runs in Astro's config module graph and the papers' loader in the content module
// graph: each loads its own copy of this module, so the cache hangs off globalThis to be shared
// by both within one build process.
const CACHE_KEY = Symbol.for('ntt-digest.katex-cache');
type Cache = Map<string, TexResult>;
const cache: Cache = ((globalThis as { [CACHE_KEY]?: Cache })[CACHE_KEY] ??= new Map());

/**
 * Renders `tex` with KaTeX (strict, throwing on errors), once per (tex, displayMode) and
 * process: later calls return the first result.
 */
export function renderTex(tex: string, displayMode: boolean): TexResult {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  const known = cache.get(key);
  if (known) return known;
  let result: TexResult;
  try {
    result = {
      html: katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true }),
    };
  } catch (error) {
    result = {
      error:
        error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error),
    };
  }
  cache.set(key, result);
  return result;
}

/** Returns KaTeX's message if `tex` cannot be rendered, or `null` when it renders cleanly. */
export function texError(tex: string, displayMode: boolean): string | null {
  return renderTex(tex, displayMode).error ?? null;
}

/** The message that fails a file on a formula KaTeX refused ("file:line: …"). */
export const formulaFailure = (
  path: string | undefined,
  node: { position?: { start: { line: number } } | undefined },
  error: string,
) =>
  `${contentPath(path)}${node.position ? `:${node.position.start.line}` : ''}: this formula cannot be rendered by KaTeX: ${error}`;

/** Empties the formula cache (tests that count KaTeX calls start from an empty cache). */
export function clearTexCache(): void {
  cache.clear();
}
