/**
 * Links in the built site, checked offline: every internal link (pages, assets, canonical and
 * alternate URLs) resolves to a file of the build, every #fragment to an element id of its
 * target page, and every external link is a well-formed https URL (not fetched).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { extractIds, extractLinks, externalUrlProblem, fileForPath } from '../support/links';
import { siteConfig } from '../../src/site/config';
import { DIST as dist } from '../support/dist';

const files = new Set(
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split('\\').join('/')),
);
const pages = [...files].filter((f) => f.endsWith('.html')).sort();
const site = new URL(siteConfig.base, siteConfig.url);
const treeCache = new Map<string, Root>();
/** A built page parsed once (a page is read again as the target of other pages' links). */
const treeOf = (file: string): Root => {
  const tree = treeCache.get(file) ?? fromHtml(readFileSync(join(dist, file), 'utf8'));
  treeCache.set(file, tree);
  return tree;
};
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
  const ids = idCache.get(file) ?? extractIds(treeOf(file));
  idCache.set(file, ids);
  return ids;
};
/** The public URL of a built page ("en/index.html" → https://site/en/). */
const pageUrl = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);

/** Every problem with the links of one page, as readable lines. */
function linkProblems(file: string): string[] {
  const problems: string[] = [];
  const base = pageUrl(file);
  for (const { attr, url } of extractLinks(treeOf(file))) {
    const where = `${attr}="${url}"`;
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      problems.push(`${where}: not a valid URL`);
      continue;
    }
    if (target.origin !== site.origin) {
      const problem = externalUrlProblem(url);
      if (problem) problems.push(`${where}: external link ${problem}`);
      continue;
    }
    if (!target.pathname.startsWith(site.pathname)) {
      problems.push(`${where}: outside the site's base path ${site.pathname}`);
      continue;
    }
    const built = fileForPath(`/${target.pathname.slice(site.pathname.length)}`, files);
    if (!built) {
      problems.push(`${where}: no file in the build serves ${target.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && !(built.endsWith('.html') && idsOf(built).has(fragment)))
      problems.push(`${where}: ${built} has no element with id "${fragment}"`);
  }
  return problems;
}

describe('links in the built site', () => {
  test('the build has pages, and they link to each other', () => {
    expect(pages.length).toBeGreaterThan(8);
    expect(extractLinks(treeOf('index.html')).length).toBeGreaterThan(10);
  });

  test.each(pages)(
    '%s: every link resolves (internal) or is well-formed https (external)',
    (file) => {
      expect(linkProblems(file)).toEqual([]);
    },
  );
});
