/**
 * Subsets KaTeX's AMS font (28 KB, the largest KaTeX font) to the characters the built site
 * actually sets in it. The site uses it for a handful of blackboard-bold letters (𝔼, ℝ), so
 * every paper page that has one would otherwise transfer the whole font. The subset is made
 * from the built pages themselves, so a new symbol in the content is included on the next build.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { amsCharacters } from '../markdown/katex-ams';

export function katexAmsSubset(): AstroIntegration {
  return {
    name: 'katex-ams-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { recursive: true, withFileTypes: true });
        const chars = new Set<string>();
        for (const e of entries) {
          if (e.isFile() && e.name.endsWith('.html'))
            for (const c of amsCharacters(await readFile(join(e.parentPath, e.name), 'utf8')))
              chars.add(c);
        }
        const fonts = entries.filter(
          (e) => e.isFile() && /^KaTeX_AMS-Regular\.[\w-]+\.woff2$/.test(e.name),
        );
        for (const font of fonts) {
          const path = join(font.parentPath, font.name);
          const original = await readFile(path);
          // An unused font stays as it is (no page loads it); an empty subset would be invalid.
          if (chars.size === 0) continue;
          const subset = await subsetFont(original, [...chars].join(''), { targetFormat: 'woff2' });
          await writeFile(path, subset);
          logger.info(
            `${font.name}: ${chars.size} characters, ${original.length} → ${subset.length} bytes`,
          );
        }
      },
    },
  };
}
