import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { extractIds, extractLinks, externalUrlProblem, fileForPath } from '../support/links';

describe('extractLinks', () => {
  test('finds href, src and action on any element and decodes character references', () => {
    const html =
      '<a href="/a/?q=x&amp;y=1">a</a><script type="module" src="/_astro/x.js"></script><form action="/search/"></form><link rel="icon" href="/favicon.svg">';
    expect(extractLinks(fromHtml(html)).map((l) => `${l.attr} ${l.url}`)).toEqual([
      'href /a/?q=x&y=1',
      'src /_astro/x.js',
      'action /search/',
      'href /favicon.svg',
    ]);
  });

  test('ignores data attributes that merely end in -href', () => {
    expect(extractLinks(fromHtml('<div data-href="/nowhere/"></div>'))).toEqual([]);
  });

  test('reads what the parser reads: named, numeric and unquoted references, not script text', () => {
    const html =
      '<a href=/x/?a=1&#38;b=2&quot;>x</a><a href="/y/?c&#x3D;&lt;d">y</a><script>const s = \'<a href="/no/">\';</script><!-- <a href="/nor/"> -->';
    expect(extractLinks(fromHtml(html)).map((l) => l.url)).toEqual(['/x/?a=1&b=2"', '/y/?c=<d']);
  });
});

describe('extractIds', () => {
  test('collects and decodes id attributes and counts <a name> anchors, but not other name attributes', () => {
    const html =
      '<h2 id="method">M</h2><div class="x" id="cite"></div><p id="a&amp;b"></p><a name="old"></a><meta name="description" content="x">';
    expect([...extractIds(fromHtml(html))]).toEqual(['method', 'cite', 'a&b', 'old']);
  });
});

describe('externalUrlProblem', () => {
  test.each([
    ['https://arxiv.org/abs/2410.03263', ''],
    ['http://arxiv.org/abs/2410.03263', 'uses http, not https'],
    ['https://localhost/x', 'has no valid host name'],
    ['https//arxiv.org', 'is not a valid URL'],
    ['ftp://example.org/x', 'uses ftp, not https'],
    ['mailto:someone@example.org', ''],
  ])('%s → “%s”', (url, problem) => {
    expect(externalUrlProblem(url)).toBe(problem);
  });
});

describe('fileForPath', () => {
  const files = new Set([
    'index.html',
    'en/index.html',
    '404.html',
    'favicon.svg',
    'papers/x/index.html',
  ]);
  test.each([
    ['/', 'index.html'],
    ['/en/', 'en/index.html'],
    ['/en', 'en/index.html'],
    ['/404.html', '404.html'],
    ['/favicon.svg', 'favicon.svg'],
    ['/papers/x/', 'papers/x/index.html'],
    ['/papers/y/', undefined],
  ])('%s → %s', (path, file) => {
    expect(fileForPath(path, files)).toBe(file);
  });
});
