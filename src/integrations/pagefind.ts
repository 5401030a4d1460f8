/**
 * Builds the Pagefind search index into `dist/pagefind/` after Astro writes the pages, through
 * Pagefind's Node API (as Starlight does). Nothing generated is copied into `public/`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';

/**
 * Selectors left out of the index. KaTeX would otherwise be indexed three times (HTML, MathML
 * and the TeX annotation) and fill excerpts with symbols.
 */
export const EXCLUDE_SELECTORS = ['.katex', '.katex-display', '.anchor-link', 'nav', 'footer', '[data-pagefind-ignore]'];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
        if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new AstroError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages into pagefind/`);
      },
    },
  };
}
