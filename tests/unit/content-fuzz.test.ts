/**
 * Property-based tests (fast-check): every real content file, mutated as an author's slip or an
 * attacker might (truncate, delete or duplicate a line, change indentation, insert zero-width,
 * right-to-left and emoji characters, unbalanced `$` and braces, markup, random bytes), goes
 * through the content linter and, when the linter accepts it, through the Markdown pipeline
 * Astro renders bodies with. Each run must either
 * - be refused by the linter with a message naming the mutated file (no exception, no stack
 *   trace as the only clue), or
 * - render with no KaTeX error and as valid HTML (html-validate, the rules the build uses);
 * and it must finish within a time limit (no hang).
 *
 * FUZZ_RUNS (runs per file, default 5 to keep `npm run test:unit` quick; run thousands with
 * e.g. `FUZZ_RUNS=200 npx vitest run --project unit tests/unit/content-fuzz.test.ts`),
 * FUZZ_SEED (replay a failure: fast-check prints the seed and path of any failing run; without
 * it the seed comes from the commit, see fuzzSeed),
 * FUZZ_RUN_MS (time limit per run, default 20 s on a shared machine), FUZZ_DEBUG=1 (print the
 * messages of every refused run).
 */
import { markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { formatProblem, lintContent, normaliseText } from '../../src/lint';
import { fromHtml } from 'hast-util-from-html';
import { hasKatexError } from '../../src/markdown/katex-glyphs';
import { markdownProcessor, renderMdxBody } from '../../src/markdown/pipeline';
import { config } from '../support/html-validate';
import { apply, fuzzSeed, mutations } from '../support/mutations';
import { CONTENT_DIR, readRealContent, realSlugs } from './support/content';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 5);
const SEED = fuzzSeed();
const RUN_MS = Number(process.env['FUZZ_RUN_MS'] ?? 20_000);

const renderer = await markdownProcessor().createRenderer({ ...markdownConfigDefaults });
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** The content a run lints: the data files, the glossary, the digest and one paper. */
function contentFor(slug: string): Map<string, string> {
  const all = readRealContent();
  return new Map(
    [...all].filter(([p]) => !p.startsWith('papers/') || p.startsWith(`papers/${slug}/`)),
  );
}

/** Renders a body as the papers' loader does and returns what is wrong with the HTML. */
async function renderProblems(path: string, text: string): Promise<string[]> {
  const { content } = parseFrontmatter(normaliseText(text), { frontmatter: 'empty-with-lines' });
  // Paper bodies render as the papers' loader renders them (MDX, the component registry, from
  // the real folder where their figures.yaml is); the digest's files as Astro renders Markdown.
  const paper = /^papers\/[^/]+\/(ja|en)\.mdx$/.exec(path);
  const full = `${CONTENT_DIR}/${path}`;
  const paperDir = full.replace(/\/[^/]*$/, '');
  const code = paper
    ? (
        await renderMdxBody(content, full, {
          file: `content/${path}`,
          lang: paper[1] as 'ja' | 'en',
          paperDir,
        })
      ).html
    : (await renderer.render(content, { fileURL: new URL(`file:///site/content/${path}`) })).code;
  const problems: string[] = [];
  if (hasKatexError(fromHtml(code))) problems.push('the HTML contains a KaTeX error');
  const lang = path.includes('/en') ? 'en' : 'ja';
  const page = `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><h1>t</h1><h2>d</h2>${code}</main></body></html>`;
  const report = validator.validateStringSync(page, path);
  for (const r of report.results)
    for (const m of r.messages)
      problems.push(`html-validate ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
  return problems;
}

const slugs = realSlugs();
const targets = [...readRealContent().keys()]
  .filter((p) => p.endsWith('.mdx') || p.endsWith('.yaml'))
  .sort()
  .map((path) => ({ path, slug: /^papers\/([^/]+)\//.exec(path)?.[1] ?? (slugs[0] as string) }));

describe('mutated content is refused with a message naming the file, or renders cleanly', () => {
  // '%s' with the path as a plain string: '$path' would shorten long paths to 40 characters,
  // and a failure is replayed by its full name (-t) with FUZZ_SEED.
  test.each(targets.map((t) => [t.path, t.slug] as const))(
    '%s',
    async (path, slug) => {
      const base = contentFor(slug);
      const original = base.get(path) as string;
      // Problems the reduced content has anyway (the digest names papers left out of it).
      const baseline = new Set(lintContent(base, 'content').map(formatProblem));
      let accepted = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          const text = ms.reduce(apply, original);
          const files = new Map(base).set(path, text);
          const fresh = lintContent(files, 'content').filter(
            (p) => !baseline.has(formatProblem(p)),
          );
          if (fresh.length > 0) {
            refused++;
            if (process.env['FUZZ_DEBUG'])
              console.log(JSON.stringify(ms), fresh.map(formatProblem));
            const lines = fresh.map(formatProblem);
            expect(
              lines.some(
                (l) => l.includes(`content/${path}`) || l.includes(path.split('/').pop() as string),
              ),
              lines.join('\n'),
            ).toBe(true);
            for (const l of lines)
              expect(l, 'a stack trace instead of a message').not.toMatch(/\n\s+at /);
            return;
          }
          accepted++;
          if (path.endsWith('.mdx')) expect(await renderProblems(path, text)).toEqual([]);
        }),
        {
          numRuns: RUNS,
          timeout: RUN_MS,
          // One seed per file, so files of the same shape do not get the same mutations.
          seed: (SEED + targets.findIndex((t) => t.path === path)) | 0,
          // The seed and the shrunk counterexample go into the failure message (replay with FUZZ_SEED).
          verbose: 1,
        },
      );
      console.log(`${path}: ${RUNS} runs, ${refused} refused, ${accepted} accepted`);
    },
    RUNS * RUN_MS + 60_000,
  );
});
