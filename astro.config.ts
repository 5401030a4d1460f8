import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { builtPages } from './src/integrations/built-pages';
import { contentGuard, katexErrorCheck, renderMisuseCheck } from './src/integrations/content-guard';
import { katexFontSubset, katexWoff2Only } from './src/integrations/katex-fonts';
import { searchIndex } from './src/integrations/search-index';
import { siteUrlRequired } from './src/integrations/site-url';
import { markdownProcessor } from './src/markdown/pipeline';
import { siteConfig } from './src/site/config';
import { sitemapI18n, withXDefault } from './src/site/discovery';
import { LANGS } from './src/i18n/langs';

const { contentDir } = siteConfig;

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Separate builds (fixtures, generated corpora) can keep separate content caches.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Stylesheets always ship as files: the pages' Content-Security-Policy (src/site/csp.ts) allows no <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // First: a production build without SITE_URL stops here, naming the setting.
    siteUrlRequired(),
    mdx(),
    contentGuard({ contentDir, label: contentDir.replace(/^\.\//, '') }),
    searchIndex(),
    // One walk over the built pages for every step that reads them.
    builtPages(() => [katexErrorCheck(), renderMisuseCheck(), katexFontSubset()]),
    // Every built page except the 404 pages (the only `noindex` ones, which the integration
    // leaves out by name), with its editions as hreflang alternates.
    sitemap({
      i18n: sitemapI18n(LANGS, siteConfig.defaultLang),
      serialize: (item) => withXDefault(item, siteConfig.defaultLang),
      // Only the xhtml namespace (for the alternates) is used.
      namespaces: { news: false, image: false, video: false },
    }),
  ],
  markdown: { processor: markdownProcessor() },
  vite: {
    plugins: [katexWoff2Only()],
    // The development server reports a content file changed only once its size has held still
    // for 100 ms. Without this, a save that truncates the file and writes it a moment later
    // (in two steps) was read empty by Astro's glob loader (paper.yaml failed its schema), and
    // the write's own event, inside the watcher's 50 ms throttle, was dropped: the page kept
    // the old facts until a restart.
    server: { watch: { awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 } } },
    build: {
      // Scripts and fonts ship as files too (no inline script, no data: font for the policy to allow).
      // Inlined module scripts also kept an unreplaced __VITE_PRELOAD__ around dynamic import()
      // and threw (withastro/astro#17265).
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Harmless for MDX that Astro injects head content into.
          // @see https://github.com/withastro/astro/issues/18087
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
