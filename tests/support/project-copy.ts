/**
 * A copy of the project in a temporary folder, with `node_modules` linked package by package, so
 * that a build or development server in it has its own `.astro/` (Astro writes the content
 * modules a build imports there), `node_modules/.vite` and cache: builds in copies can run side by
 * side without reading each other's files. Used by tests/support/content-build.ts and
 * tests/support/dev-server.ts, with `copyEnv()` as the environment of what they start in it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');

/** Copies what a build needs into a new temporary folder and returns its path. */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of [
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
    'src',
    'public',
    'content',
    'scripts',
  ])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!name.startsWith('.'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  symlinkSync(join(root, 'node_modules/.bin'), join(dir, 'node_modules/.bin'));
  return dir;
}

/**
 * The environment for a build or server in a copy: the copy's own content/ and cache, whatever
 * the caller's CONTENT_DIR and ASTRO_CACHE_DIR say, and none of Vitest's variables (NODE_ENV=test,
 * VITEST…), which Astro would take for its own test mode.
 */
export const copyEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] =>
        e[1] !== undefined &&
        !['CONTENT_DIR', 'ASTRO_CACHE_DIR', 'NODE_ENV'].includes(e[0]) &&
        !e[0].startsWith('VITEST'),
    ),
  );
