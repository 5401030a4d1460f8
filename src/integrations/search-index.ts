/**
 * Builds the search index into `dist/search-index/<lang>/` after Astro writes the pages. Pagefind's
 * Node API extracts each page, as `pagefindHtml` prepares it (honouring `data-pagefind-body`,
 * `-ignore`, `-meta`, `-filter` and the selectors below); `src/search/build/build.ts` turns that
 * into small sharded JSON that the engine in the browser reads without WebAssembly. Nothing of
 * Pagefind's own reader ships.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../search/build/build';
import { pagefindHtml, pagefindRecords } from '../search/build/pagefind-records';
import { htmlFiles } from './built-pages';
import { SEARCH_INDEX_DIR } from '../search/engine/paths';

/**
 * Selectors left out of the index. KaTeX would otherwise be indexed three times (HTML, MathML
 * and the TeX annotation) and fill excerpts with symbols.
 */
export const EXCLUDE_SELECTORS = [
  '.katex',
  '.katex-display',
  '.anchor-link',
  'nav',
  'footer',
  '[data-pagefind-ignore]',
];

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: EXCLUDE_SELECTORS,
        });
        if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
        // Pagefind walks a copy of the pages as `pagefindHtml` prepares them: its folder walk
        // parses pages in parallel, and handing it each page (addHTMLFile) was slower.
        const copy = await mkdtemp(join(tmpdir(), 'search-index-'));
        try {
          const files = await htmlFiles(out);
          for (let i = 0; i < files.length; i += 64)
            await Promise.all(
              files.slice(i, i + 64).map(async (rel) => {
                const html = await readFile(join(out, rel), 'utf8');
                await mkdir(dirname(join(copy, rel)), { recursive: true });
                await writeFile(join(copy, rel), pagefindHtml(html));
              }),
            );
          const added = await index.addDirectory({ path: copy });
          if (added.errors.length > 0)
            throw new AstroError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        } finally {
          await rm(copy, { recursive: true, force: true });
        }
        const got = await index.getFiles();
        if (got.errors.length > 0)
          throw new AstroError(`Pagefind could not return its index: ${got.errors.join('; ')}`);
        await pagefind.close();
        for (const [lang, pages] of pagefindRecords(got.files)) {
          const built = buildSearchIndex(
            pages.map((p) => ({ ...p, url: base + p.url.replace(/^\//, '') })),
          );
          for (const [path, content] of built.files) {
            const file = join(out, SEARCH_INDEX_DIR, lang, path);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, content);
          }
          const s = built.stats;
          logger.info(
            `${SEARCH_INDEX_DIR}/${lang}/: ${s.pages} pages, ${s.sections} sections, ${s.terms} terms in ${s.shards} shards, ${(s.bytes / 1024).toFixed(1)} KiB`,
          );
        }
      },
    },
  };
}
