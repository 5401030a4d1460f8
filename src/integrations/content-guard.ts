/**
 * Fails the build, before anything is rendered, when content breaks a rule, listing every
 * problem as "file:line: field: message". The development server instead keeps running: it
 * lints again after each change under the content folder and shows the problems in the
 * terminal and in the browser's error overlay until they are fixed. After the build, two steps of the walk over the built
 * pages refuse any page that still carries a KaTeX error (`katexErrorCheck`) or that shows a
 * paper through Astro's `render(entry)`, which has no body for papers (`renderMisuseCheck`; see
 * src/collections/loader.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblem, lintContent, type ContentFiles, type Problem } from '../lint';
import { contentFileEncoding } from '../lint/files';
import { getDevProblems, setDevProblems, type DevProblems } from './dev-problems';
import type { PageStep } from './built-pages';

/**
 * Reads every file under `dir` into a map keyed by the path relative to it. Every file is
 * listed, so the linter can refuse the ones the content model does not know (`jp.mdx`, a stray
 * image); only the formats the model reads are read (others map to ""), raster images as latin1
 * so the linter can weigh them (`contentFileEncoding`).
 */
async function readContentFolder(dir: string): Promise<ContentFiles> {
  const files: ContentFiles = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const full = join(entry.parentPath, entry.name);
    const encoding = contentFileEncoding(entry.name);
    const text = encoding ? await readFile(full, encoding) : '';
    files.set(relative(dir, full).split('\\').join('/'), text);
  }
  return files;
}

/** The content's problems as one error for the author, one line each (undefined: none). */
function describeProblems(problems: readonly Problem[]): DevProblems | undefined {
  if (problems.length === 0) return undefined;
  const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  return {
    message: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`,
    hint: 'Fix each file named above; docs/content-guide.md describes every field and section.',
  };
}

export function contentGuard(options: { contentDir: string; label: string }): AstroIntegration {
  const dir = resolve(options.contentDir);
  const lint = async () =>
    describeProblems(lintContent(await readContentFolder(dir), options.label, dir));
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command, addMiddleware, logger }) => {
        if (command === 'preview') return;
        const error = await lint();
        if (command !== 'dev') {
          if (error) throw new AstroError(error.message, error.hint);
          return;
        }
        // The development server starts anyway and shows the problems in the browser
        // (dev-problems.ts) until they are fixed; see astro:server:setup.
        setDevProblems(error);
        if (error) logger.error(`${error.message}\n${error.hint}`);
        addMiddleware({
          entrypoint: new URL('./dev-problems-middleware.ts', import.meta.url),
          order: 'pre',
        });
      },
      // The development server lints the content again after every change under the content
      // folder: a new problem is logged in the terminal and sent to the browser's error
      // overlay, a fixed one reloads the page, and the server keeps running.
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        let queue = Promise.resolve();
        const relint = async () => {
          const before = getDevProblems()?.message;
          let error: DevProblems | undefined;
          try {
            error = await lint();
          } catch (e) {
            logger.error(`the content linter failed: ${(e as Error).message}`);
            return;
          }
          setDevProblems(error);
          if (error?.message === before) return;
          const hot = server.environments.client.hot;
          if (error) {
            logger.error(`${error.message}\n${error.hint}`);
            // Straight to the overlay: a page whose getStaticPaths fails on the bad value
            // never reaches the middleware, and would show that failure without the file.
            hot.send({
              type: 'error',
              err: { message: `${error.message}\n${error.hint}`, stack: '' },
            });
          } else {
            logger.info('the content has no problems any more');
            hot.send({ type: 'full-reload', path: '*' });
          }
        };
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(`${dir}${sep}`)) return;
          clearTimeout(timer);
          // After the loaders have rendered the change: the page being edited reloads first.
          timer = setTimeout(() => void (queue = queue.then(relint)), 1_500);
        };
        for (const event of ['change', 'add', 'unlink'] as const)
          server.watcher.on(event, onChange);
      },
    },
  };
}

/** A post-build step that fails the build, naming the pages, when any page has `flag` set. */
function pageCheck(
  name: string,
  flag: 'katexError' | 'renderMisuse',
  problem: string,
  hint: string,
): PageStep {
  const bad: string[] = [];
  return {
    name,
    page(facts) {
      if (facts[flag]) bad.push(facts.file);
    },
    done: () =>
      bad.length === 0
        ? Promise.resolve()
        : Promise.reject(new AstroError(`${problem}: ${bad.join(', ')}`, hint)),
  };
}

/** Fails the build when a built page holds KaTeX error markup. */
export const katexErrorCheck = () =>
  pageCheck(
    'katex-errors',
    'katexError',
    'These pages contain formulas KaTeX could not render',
    "Fix the formula in the page's MDX file.",
  );

/** Fails the build when a page shows a paper through `render(entry)`. */
export const renderMisuseCheck = () =>
  pageCheck(
    'render-misuse',
    'renderMisuse',
    "These pages show a paper through Astro's render(entry), which has no body for papers",
    'Use loadPaperBody(entry) from src/collections/queries/ (see src/collections/loader.ts).',
  );
