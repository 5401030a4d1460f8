/**
 * Writes `sitemap.xml` after the build from the pages themselves: every built page with a
 * canonical URL becomes an entry with its `hreflang` alternates, so the sitemap can list
 * neither more nor fewer pages than the site has (404 pages are `noindex` and have none).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapEntryFromHtml, sitemapXml, type SitemapEntry } from '../site/discovery';
import { htmlFiles } from './built-pages';

export function siteFiles(): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of await htmlFiles(out)) {
          const entry = sitemapEntryFromHtml(await readFile(join(out, file), 'utf8'));
          if (entry) entries.push(entry);
        }
        await writeFile(join(out, 'sitemap.xml'), sitemapXml(entries));
        logger.info(`wrote sitemap.xml with ${entries.length} pages`);
      },
    },
  };
}
