/**
 * Content collections, with the schemas of `CONTENT_FILES` (src/content/schema.ts); the content
 * linter (`src/integrations/content-guard.ts`) has already checked every file with them, and the
 * rules between files, before these loaders run.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { figureImagesLoader } from './collections/figure-images';
import { mdxBodyLoader } from './collections/loader';
import { CONTENT_FILES } from './content/schema';
import { siteConfig } from './site/config';

const root = siteConfig.contentDir;

/** A YAML file of entries; an absent one (glossary, corrections in fixtures) is an empty collection. */
const yamlFile = <S extends z.ZodType>({ path, schema }: { path: string; schema: S }) =>
  defineCollection({
    loader: existsSync(`${root}/${path}`) ? file(`${root}/${path}`) : () => [],
    schema,
  });

export const collections = {
  /** Shared facts: id = the paper's folder name (its slug). */
  paperFacts: defineCollection({
    loader: glob({
      pattern: '[^_]*/paper.yaml',
      base: `${root}/papers`,
      generateId: ({ entry }) => entry.split('/')[0] as string,
    }),
    schema: CONTENT_FILES.paperFacts.schema,
  }),
  /** One edition's prose: id = "<slug>/<lang>". */
  papers: defineCollection({
    // Rendered once while content syncs, not bundled as one module per file (see collections/loader.ts).
    loader: mdxBodyLoader({
      base: `${root}/papers`,
      match: (rel) => /^[^_/][^/]*\/(?:ja|en)\.mdx$/.test(rel),
      id: (rel) => rel.replace(/\.mdx$/, ''),
      // Bodies link the first use of each glossary term (markdown/rehype-glossary.ts).
      dependsOn: [`${root}/${CONTENT_FILES.glossary.path}`],
    }),
    schema: CONTENT_FILES.papers.schema,
  }),
  /**
   * Raster image figures of the papers' figures.yaml: id = "<slug>/<name>", the file as an image
   * astro:assets can resize (see collections/figure-images.ts).
   */
  figureImages: defineCollection({
    loader: figureImagesLoader(`${root}/papers`),
    schema: ({ image }) =>
      z.object({ src: image(), alt: z.object({ ja: z.string(), en: z.string() }) }),
  }),
  /** Home page parts: id = "<lang>/intro", "<lang>/outlook" or "<lang>/about". */
  digest: defineCollection({
    loader: glob({
      pattern: '{ja,en}/{intro,outlook,about}.mdx',
      base: `${root}/digest`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: CONTENT_FILES.digest.schema,
  }),
  tags: yamlFile(CONTENT_FILES.tags),
  affiliations: yamlFile(CONTENT_FILES.affiliations),
  venues: yamlFile(CONTENT_FILES.venues),
  /** The bilingual glossary: id = the entry's key (its anchor on /glossary/). */
  glossary: yamlFile(CONTENT_FILES.glossary),
  /** The corrections log: id = the entry's `id` (its anchor on /corrections/). */
  corrections: yamlFile(CONTENT_FILES.corrections),
};
