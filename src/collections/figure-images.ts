/**
 * The `figureImages` collection: one entry per raster image figure (`kind: image` with a PNG,
 * JPEG or WebP file) of every paper's `figures.yaml`, id `<slug>/<name>`. Its `src` goes through
 * the collection schema's `image()` helper, resolved from the figures.yaml file, so Astro's image
 * pipeline knows the file (dimensions, format, hashed output) and `getImage` can resize it;
 * `loadPaperBody` (queries/) puts the result into the figure's card. SVG figures are inlined by
 * the body's renderer and need no entry.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { figuresFileSchema } from '../content/schema';

/** The loader of `figureImages`; `base` is the papers folder, relative to the project root. */
export function figureImagesLoader(base: string): Loader {
  return {
    name: 'figure-images',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- plain functions of the context
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(base.replace(/\/?$/, '/'), config.root));
      const untouched = new Set(store.keys());
      const slugs = existsSync(dir)
        ? (await readdir(dir, { withFileTypes: true }))
            .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
            .map((d) => d.name)
            .sort()
        : [];
      for (const slug of slugs) {
        const full = join(dir, slug, 'figures.yaml');
        if (!existsSync(full)) continue;
        // The content linter has checked the file; a failure here is the last line of defence.
        const figures = figuresFileSchema.parse(yaml.load(await readFile(full, 'utf8')));
        const filePath = relative(root, full).split(sep).join('/');
        for (const [name, figure] of Object.entries(figures)) {
          if (figure.kind !== 'image' || figure.file.endsWith('.svg')) continue;
          const id = `${slug}/${name}`;
          untouched.delete(id);
          const raw = { src: `./${figure.file}`, alt: figure.alt };
          const data = await parseData({ id, data: raw, filePath: full });
          store.set({ id, data, filePath, digest: generateDigest(raw) });
        }
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
