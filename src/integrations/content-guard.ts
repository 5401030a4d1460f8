/**
 * Fails the build, before anything is rendered, when content breaks a rule, listing every
 * problem as "file:line: field: message". After the build, two steps of the walk over the built
 * pages refuse any page that still carries a KaTeX error (`katexErrorCheck`) or that shows a
 * paper through Astro's `render(entry)`, which has no body for papers (`renderMisuseCheck`; see
 * src/collections/loader.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblem, lintContent, type ContentFiles } from '../lint';
import { contentFileEncoding } from '../lint/files';
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

export function contentGuard(options: { contentDir: string; label: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const problems = lintContent(
          await readContentFolder(options.contentDir),
          options.label,
          resolve(options.contentDir),
        );
        if (problems.length === 0) return;
        const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
        throw new AstroError(
          `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`,
          'Fix each file named above; docs/content-guide.md describes every field and section.',
        );
      },
    },
  };
}

/** The post-build step that fails the build when a built page holds KaTeX error markup. */
export function katexErrorCheck(): PageStep {
  const bad: string[] = [];
  return {
    name: 'katex-errors',
    page({ file, katexError }) {
      if (katexError) bad.push(file);
    },
    done(_dir, logger) {
      if (bad.length > 0)
        return Promise.reject(
          new AstroError(
            `These pages contain formulas KaTeX could not render: ${bad.join(', ')}`,
            "Fix the formula in the page's MDX file.",
          ),
        );
      logger.info('no KaTeX errors in the built pages');
      return Promise.resolve();
    },
  };
}

/** The post-build step that fails the build when a page shows a paper through `render(entry)`. */
export function renderMisuseCheck(): PageStep {
  const bad: string[] = [];
  return {
    name: 'render-misuse',
    page({ file, renderMisuse }) {
      if (renderMisuse) bad.push(file);
    },
    done() {
      if (bad.length === 0) return Promise.resolve();
      return Promise.reject(
        new AstroError(
          `These pages show a paper through Astro's render(entry), which has no body for papers: ${bad.join(', ')}`,
          'Use loadPaperBody(entry) from src/collections/queries/ (see src/collections/loader.ts).',
        ),
      );
    },
  };
}
