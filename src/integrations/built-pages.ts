/**
 * The one walk over the built site: after Astro writes the pages, each HTML file is read once
 * and parsed once (hast-util-from-html) by `page-reader.ts`, which returns what the
 * post-build steps need from it (`PageFacts`: KaTeX errors, `render(entry)` notices, the
 * characters each KaTeX font draws); each step then takes every page's
 * facts in turn (the KaTeX error check, the render-misuse check, the KaTeX font subset). A large
 * site is read in worker threads (see page-reader.ts for why).
 */
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import Tinypool from 'tinypool';
import readPages, { type PageFacts } from './page-reader.ts';

/** A post-build step fed by the walk. */
export interface PageStep {
  /** Shown in the log. */
  name: string;
  /** Called with the facts of every page that has any (see `PageFacts`), in file order. */
  page(facts: PageFacts): void;
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

/**
 * From this many pages on, the walk reads them in worker threads (one per core, at most
 * four); below it, starting the workers would cost more than they save.
 */
const WORKER_PAGES = 200;

/** The facts of `files` under `dir`, in file order: in worker threads for many files. */
async function readAll(
  dir: string,
  files: readonly string[],
  workerPages: number,
): Promise<PageFacts[]> {
  const threads = Math.min(4, availableParallelism());
  if (files.length < workerPages || threads < 2) return readPages({ dir, files });
  const pool = new Tinypool({
    // The source file, not a bundled copy: see page-reader.ts.
    filename: createRequire(import.meta.url).resolve('#page-reader'),
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    // Interleaved shares: neighbouring pages are alike (a paper's two editions), so every
    // thread gets the same mix of heavy and light pages.
    const shares = Array.from({ length: threads }, (_, i) =>
      files.filter((_, n) => n % threads === i),
    );
    const results = (await Promise.all(
      shares.map((share) => pool.run({ dir, files: share })),
    )) as PageFacts[][];
    const order = new Map(files.map((file, i) => [file, i]));
    return results.flat().sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  } finally {
    await pool.destroy();
  }
}

/**
 * Reads every page of `dir` once and hands the facts of each page that has any to each step,
 * in turn. Returns how many pages were read. `workerPages`: from how many pages on the reading
 * runs in worker threads.
 */
export async function walkPages(
  dir: string,
  steps: readonly PageStep[],
  workerPages = WORKER_PAGES,
): Promise<number> {
  const files = await htmlFiles(dir);
  for (const facts of await readAll(dir, files, workerPages))
    for (const step of steps) step.page(facts);
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
        const count = await walkPages(out, steps);
        logger.info(`read ${count} pages once for: ${steps.map((s) => s.name).join(', ')}`);
        for (const step of steps) await step.done(out, logger.fork(step.name));
      },
    },
  };
}
