/**
 * Property tests end to end: a few mutated copies of the real content (the mutations of
 * tests/support/mutations.ts, one content file each) are built in isolation through
 * `npm run build` (scripts/build.ts). Each build either succeeds with a complete site, or fails
 * with a message for an author that names the mutated file and leaves no output folder.
 *
 * FUZZ_BUILDS (default 3) sets how many builds; FUZZ_SEED replays a failing run (fast-check
 * prints its seed and the mutation).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildWith } from '../support/content-build';
import { apply, fuzzSeed, mutations } from '../support/mutations';

const BUILDS = Number(process.env['FUZZ_BUILDS'] ?? 3);
const SEED = fuzzSeed();
const content = join(import.meta.dirname, '../../content');

const targets = readdirSync(content, { recursive: true, encoding: 'utf8' })
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(mdx|yaml)$/.test(p))
  .sort();

test(
  `${BUILDS} builds of mutated content each succeed whole or fail naming the file, leaving no output`,
  () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), mutations, (file, ms) => {
        const build = buildWith(
          (dir) => {
            const path = join(dir, file);
            writeFileSync(path, ms.reduce(apply, readFileSync(path, 'utf8')));
          },
          ['index.html', 'en/index.html'],
        );
        if (build.status === 0) {
          expect(build.pages, build.output).toEqual(['index.html', 'en/index.html']);
        } else {
          expect(build.output).toMatch(
            /The content has \d+ problems?:|These pages contain formulas KaTeX could not render/,
          );
          expect(build.output).toContain(file.split('/').pop());
          expect(build.hasOutput, 'a failed build left an output folder').toBe(false);
        }
        expect(build.leftovers).toBe(false);
      }),
      { numRuns: BUILDS, seed: SEED, endOnFailure: true },
    );
  },
  BUILDS * 600_000,
);
