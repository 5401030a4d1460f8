/**
 * KaTeX checks shared by the Markdown pipeline and the content linter.
 */
import katex from 'katex';

/**
 * KaTeX settings used everywhere. `strict: 'error'` turns KaTeX's warnings (for example
 * Japanese outside `\text{}`) into errors, so an author hears about them at build time.
 */
export const KATEX_OPTIONS = { strict: 'error', output: 'htmlAndMathml' } as const;

/** Returns KaTeX's message if `tex` cannot be rendered, or `null` when it renders cleanly. */
export function texError(tex: string, displayMode: boolean): string | null {
  try {
    katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true });
    return null;
  } catch (error) {
    return error instanceof Error
      ? error.message.replace(/^KaTeX parse error: /, '')
      : String(error);
  }
}
