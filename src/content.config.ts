/**
 * Content collections. The schemas live in `src/content/schema.ts`; the content linter
 * (`src/integrations/content-guard.ts`) has already checked every file with them, and the rules
 * between files, before these loaders run. `CONTENT_DIR` points the site at another content
 * folder (test fixtures, generated corpora).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { figureImagesLoader } from './collections/figure-images';
import { mdxBodyLoader } from './collections/loader';
import {
  affiliationSchema,
  correctionSchema,
  digestSchema,
  glossaryEntrySchema,
  paperFactsSchema,
  paperProseSchema,
  tagSchema,
  venueSchema,
} from './content/schema';

const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  /** Shared facts: id = the paper's folder name (its slug). */
  paperFacts: defineCollection({
    loader: glob({
      pattern: '[^_]*/paper.yaml',
      base: `${root}/papers`,
      generateId: ({ entry }) => entry.split('/')[0] as string,
    }),
    schema: paperFactsSchema,
  }),
  /** One edition's prose: id = "<slug>/<lang>". */
  papers: defineCollection({
    // Rendered once while content syncs, not bundled as one module per file (see collections/loader.ts).
    loader: mdxBodyLoader({
      base: `${root}/papers`,
      match: (rel) => /^[^_/][^/]*\/(?:ja|en)\.mdx$/.test(rel),
      id: (rel) => rel.replace(/\.mdx$/, ''),
      // Bodies link the first use of each glossary term (markdown/rehype-glossary.ts).
      dependsOn: [`${root}/glossary.yaml`],
    }),
    schema: paperProseSchema,
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
    schema: digestSchema,
  }),
  tags: defineCollection({ loader: file(`${root}/data/tags.yaml`), schema: tagSchema }),
  affiliations: defineCollection({
    loader: file(`${root}/data/affiliations.yaml`),
    schema: affiliationSchema,
  }),
  venues: defineCollection({ loader: file(`${root}/data/venues.yaml`), schema: venueSchema }),
  /** The bilingual glossary: id = the entry's key (its anchor on /glossary/). */
  // Optional: a content folder without glossary.yaml (fixtures, generated corpora) has an empty glossary.
  glossary: defineCollection({
    loader: existsSync(`${root}/glossary.yaml`) ? file(`${root}/glossary.yaml`) : () => [],
    schema: glossaryEntrySchema,
  }),
  /** The corrections log: id = the entry's `id` (its anchor on /corrections/). Optional, like the glossary. */
  corrections: defineCollection({
    loader: existsSync(`${root}/corrections.yaml`) ? file(`${root}/corrections.yaml`) : () => [],
    schema: correctionSchema,
  }),
};
