/**
 * The one walk over the built site: after Astro writes the pages, each HTML file is read once,
 * parsed once with a real HTML parser (hast-util-from-html, parse5 underneath) and handed as a
 * tree to every post-build step that reads pages (the KaTeX error check, the KaTeX font subset).
 * The build-level tests parse pages with the same `parseHtml`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A post-build step fed by the walk. */
export interface PageStep {
  /** Shown in the log. */
  name: string;
  /**
   * A quick test of a page's text: false when the page cannot matter to this step (it lacks
   * the markup the step looks for), which then is not handed the page. A page no step wants is
   * not parsed at all. Without it, the step gets every page.
   */
  wants?(html: string): boolean;
  /** Called once before the walk (for what the step must load first). */
  prepare?(): Promise<void>;
  /** Called with every built page it wants: its path relative to the output folder and its tree. */
  page(file: string, tree: Root): void;
  /** Called once after the last page, with the output folder. */
  done(dir: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Every HTML file under `dir`, as paths relative to it, sorted. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Parses an HTML document as a browser would (character references decoded, positions kept). */
export const parseHtml = (html: string): Root => fromHtml(html);

/**
 * Reads every page of `dir` once and parses each page that some step wants once, handing the
 * tree to each step that wants it, in turn. Returns how many pages were read.
 */
export async function walkPages(dir: string, steps: readonly PageStep[]): Promise<number> {
  const files = await htmlFiles(dir);
  for (const file of files) {
    const html = await readFile(join(dir, file), 'utf8');
    const takers = steps.filter((step) => step.wants?.(html) ?? true);
    if (takers.length === 0) continue;
    const tree = parseHtml(html);
    for (const step of takers) step.page(file, tree);
  }
  return files.length;
}

/**
 * The build hook: walks the built pages once, then lets each step finish in order (a step
 * that finds a problem throws, which fails the build). Steps are made fresh for every build.
 */
export function builtPages(makeSteps: () => PageStep[]): AstroIntegration {
  return {
    name: 'built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const steps = makeSteps();
        for (const step of steps) await step.prepare?.();
        const count = await walkPages(out, steps);
        logger.info(`read ${count} pages once for: ${steps.map((s) => s.name).join(', ')}`);
        for (const step of steps) await step.done(out, logger.fork(step.name));
      },
    },
  };
}
