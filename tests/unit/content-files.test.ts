/**
 * The real content, file by file, through the schemas Astro uses, plus the rules between files
 * that the pages rely on. The content linter reads every file as Astro does (`parseFrontmatter`,
 * the schemas of `CONTENT_FILES` in src/content/schema.ts) and checks those rules: each paper
 * folder has paper.yaml, ja.mdx and en.mdx; tags, affiliations and venues are known; order,
 * arXiv id, OpenReview id and BibTeX key are unique; every edition has an impact row; each
 * digest file has its kind; each home table lists every paper once, in the same order in both
 * editions. So the real content passing the linter proves all of it; each rule's bad case is in
 * content-lint.test.ts and schema.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem, lintContent } from '../../src/lint';
import { readRealContent, realFacts, realSlugs } from './support/content';

describe('the real content', () => {
  test('passes every schema and every rule between files', () => {
    expect(lintContent(readRealContent()).map(formatProblem)).toEqual([]);
  });

  test('holds the four papers, in the orders 1 to 4', () => {
    const orders = realSlugs().map((slug) => realFacts(slug).order);
    expect(orders.sort()).toEqual([1, 2, 3, 4]);
  });
});
