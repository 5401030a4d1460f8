/**
 * `npm run build` refuses bad content. The rules themselves are proven in-process, one case each,
 * against the linter (tests/unit/content-lint.test.ts and the whole bad-content corpus in
 * tests/unit/bad-content-lint.test.ts); here a few cases of the corpus (tests/support/bad-content.ts)
 * prove the build's wiring: one of each kind of mistake (a schema error, a formula KaTeX cannot
 * render, an MDX syntax error) is built in isolation (CONTENT_DIR, its own ASTRO_CACHE_DIR and
 * output folder in a temporary directory) through `scripts/build.ts`, which must exit non-zero
 * with a message for an author naming the file and the field or line, and remove the output of
 * an earlier build. The corpus's valid case must build whole. A paper started with
 * `npm run new-paper` is the linter-rule kind: it fails the build the same way, with every
 * placeholder listed (tests/unit/placeholders.test.ts proves that filling them in lints clean).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { applyCaseToFolder, corpusCase } from '../support/bad-content';
import { buildWith, type Build } from '../support/content-build';
import { newPaper } from '../../scripts/new-paper';

/** What every refused build shows: a message for an author, and no output a host could publish. */
function expectRefused({ status, output, hasIndex, leftovers }: Build) {
  expect(status, output).not.toBe(0);
  // The output is for an author: no markdown emphasis leaking from zod or Astro.
  expect(output).not.toMatch(/\*\*/);
  expect(output).toMatch(/The content has \d+ problems?:/);
  // No partial or stale site where a host could publish it, and no staging folder.
  expect(hasIndex).toBe(false);
  expect(output).toMatch(/build failed: .*previous build there was removed/);
  expect(leftovers).toBe(false);
}

test.each(['wrong-type', 'broken-katex', 'unclosed-jsx'])(
  '%s: the build fails, says where, and removes the earlier output',
  (name) => {
    const c = corpusCase(name);
    const build = buildWith((content) => applyCaseToFolder(c, content), [], true);
    expectRefused(build);
    expect(build.output).toContain(c.file);
    for (const m of c.messages ?? []) expect(build.output).toMatch(new RegExp(m));
    for (const m of c.notMessages ?? []) expect(build.output).not.toMatch(new RegExp(m));
  },
);

test('bom-and-crlf (valid): the build succeeds with every page of the changed paper', () => {
  const c = corpusCase('bom-and-crlf');
  const { pages = [] } = c;
  const build = buildWith((content) => applyCaseToFolder(c, content), pages, true);
  expect(build.status, build.output).toBe(0);
  expect(build.leftovers).toBe(false);
  expect(build.pages).toEqual(pages);
});

test('new-paper: the build fails listing every TODO of the template, each with file, line and field, and removes the earlier output', () => {
  let written: string[] = [];
  let todos = 0;
  const build = buildWith(
    (content) => {
      written = newPaper(content, 'sparse-attention');
      for (const rel of written)
        todos += (
          readFileSync(join(content, rel), 'utf8')
            .replace(/(^|\s)#.*$/gm, '')
            .match(/\bTODO\b/g) ?? []
        ).length;
    },
    [],
    true,
  );
  expectRefused(build);
  const { output } = build;
  expect(written).toContain('papers/sparse-attention/paper.yaml');
  // One message, one line per placeholder, and nothing else.
  expect(output).toMatch(new RegExp(`The content has ${todos} problems:`));
  const listed =
    output.match(/^ {2}- \S+:\d+: [^:]+: "TODO[^"]*" is a placeholder from the template/gm) ?? [];
  expect(listed).toHaveLength(todos);
  for (const rel of written) expect(output).toContain(`${rel}:`);
  expect(output).toMatch(
    /papers\/sparse-attention\/ja\.mdx:\d+: section ## 手法: "TODO: 手法の節を書く。"/,
  );
  expect(output).toMatch(/papers\/sparse-attention\/paper\.yaml:\d+: year: "TODO"/);
});
