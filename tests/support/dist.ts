/**
 * The built site the build-level and browser tests read: `dist/` of this project, or the folder
 * `E2E_DIST_DIR` names. A module of its own so that build-level tests need not load Playwright.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = resolve(process.env['E2E_DIST_DIR'] ?? join(ROOT, 'dist'));

/** Slugs of the papers in the content folder (each has a page in both editions), sorted. */
export function contentSlugs(): string[] {
  const papers = join(ROOT, 'content', 'papers');
  return readdirSync(papers)
    .filter((name) => existsSync(join(papers, name, 'paper.yaml')))
    .sort();
}

/** A file of the build (path relative to it) as text. */
export const readDist = (rel: string): string => readFileSync(join(DIST, rel), 'utf8');

/** Fails with an actionable message when there is no production build to test. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `No production build found (${join(DIST, 'index.html')} is missing). Run \`npm run build -- --local\` first, then \`npx vitest run --project e2e\` (\`npm test\` does both).`,
    );
  }
}
