/**
 * Assertions on the production build in dist/ (`npm test` builds before this layer runs).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles } from '../../src/integrations/built-pages';
import { hasKatexError } from '../../src/markdown/katex-glyphs';
import { DETAIL_SECTIONS, PAGE_SECTIONS } from '../../src/content/views/sections';
import { paperPath } from '../../src/site/routes';
import { contentSlugs, DIST as dist, readDist as read, requireBuild } from '../support/dist';

requireBuild();
const slugs = contentSlugs();
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
/**
 * The tables outside drawn figures (figure.figure) whose nearest .table-scroll box is not a
 * labelled, focusable role=region, each named by the start of its text (its caption).
 */
const unregionedTables = (node: Root | Element, region?: Element, figure = false): string[] =>
  node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    const classes = (child.properties['className'] as string[] | undefined) ?? [];
    const p = region?.properties ?? {};
    const ok = p['role'] === 'region' && p['tabIndex'] === 0 && Boolean(p['ariaLabel']);
    return [
      ...(child.tagName === 'table' && !figure && !ok ? [toString(child).slice(0, 60)] : []),
      ...unregionedTables(
        child,
        classes.includes('table-scroll') ? child : region,
        figure || (child.tagName === 'figure' && classes.includes('figure')),
      ),
    ];
  });

/**
 * The anchor links that sit neither beside the heading they point at (a heading child of their
 * parent) nor inside the numbered equation, table or figure (#eq-N, #table-N, #fig-N) they point at.
 */
const strayAnchors = (node: Root | Element, ids: string[] = []): string[] =>
  node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    const inside = [...ids, String(child.properties['id'] ?? '')];
    const classes = (child.properties['className'] as string[] | undefined) ?? [];
    if (!classes.includes('anchor-link')) return strayAnchors(child, inside);
    const id = decodeURIComponent(String(child.properties['href'] ?? '').slice(1));
    const beside = node.children.flatMap((c) =>
      c.type === 'element' && /^h[2-6]$/.test(c.tagName) ? [String(c.properties['id'])] : [],
    )[0];
    const numbered = /^(eq|table|fig)-\d+$/.test(id) && inside.includes(id);
    return beside === id || numbered ? [] : [`#${id} (heading beside it: ${beside ?? 'none'})`];
  });

describe('pages', () => {
  test.each(slugs.flatMap((slug) => [`papers/${slug}/index.html`, `en/papers/${slug}/index.html`]))(
    '%s exists and has every section anchor',
    (rel) => {
      const found = ids(read(rel));
      for (const id of [...PAGE_SECTIONS, ...DETAIL_SECTIONS])
        expect(found.has(id), `#${id}`).toBe(true);
    },
  );

  test.each(slugs)(
    '%s: equations and tables are numbered in order, with the same anchors in both editions',
    (slug) => {
      const anchors = (lang: 'ja' | 'en') =>
        [
          ...read(`${paperPath(lang, slug)}index.html`).matchAll(/\sid="((?:eq|table|fig)-\d+)"/g),
        ].map((m) => m[1] ?? '');
      const ids = anchors('ja');
      for (const kind of ['eq', 'table']) {
        const mine = ids.filter((id) => id.startsWith(`${kind}-`));
        expect(mine).toEqual(mine.map((_, i) => `${kind}-${i + 1}`));
      }
      if (slug === 'wavelet-positional-representation') {
        expect(ids.filter((id) => id.startsWith('eq-')).length).toBeGreaterThanOrEqual(3);
        expect(ids.filter((id) => id.startsWith('table-'))).toHaveLength(5);
      }
      expect(anchors('en')).toEqual(ids);
    },
  );

  test.each(slugs.flatMap((slug) => [paperPath('ja', slug), paperPath('en', slug)]))(
    "%s: each topic chip links to that topic's list, which includes this paper",
    (path) => {
      const tags = /<ul class="tags">([\s\S]*?)<\/ul>/.exec(read(`${path.slice(1)}index.html`));
      const chips = [...(tags?.[1] ?? '').matchAll(/<a href="\/([^"]+)">([^<]+)<\/a>/g)];
      expect(chips.length, 'topic chips in the metadata').toBeGreaterThan(0);
      for (const [, href = '', text = ''] of chips) {
        const list = read(`${href}index.html`);
        expect(list, `/${href} is the list for “${text}”`).toContain(text);
        expect(list, `/${href} lists ${path}`).toContain(`href="${path}"`);
      }
    },
  );

  test('home, search and 404 pages exist in both editions', () => {
    for (const rel of [
      'index.html',
      'en/index.html',
      'search/index.html',
      'en/search/index.html',
      '404.html',
      'en/404/index.html',
    ]) {
      expect(existsSync(join(dist, rel)), rel).toBe(true);
    }
  });

  test('no page ships a KaTeX error and paper pages carry rendered math with MathML', async () => {
    for (const rel of await htmlFiles(dist))
      expect(hasKatexError(fromHtml(read(rel))), rel).toBe(false);
    for (const slug of slugs) {
      const html = read(`papers/${slug}/index.html`);
      expect(html).toContain('class="katex"');
      expect(html).toContain('<math');
    }
  });

  test('each anchor link sits next to the heading, or inside the equation, table or figure, it points at', async () => {
    for (const rel of await htmlFiles(dist)) {
      const html = read(rel);
      expect(strayAnchors(fromHtml(html)), rel).toEqual([]);
      // Home and paper pages have some.
      if (/^(en\/)?(papers\/[^/]+\/)?index\.html$/.test(rel))
        expect(html, rel).toContain('class="anchor-link"');
    }
  });

  test('every table outside a figure is in a labelled, focusable scroll region', async () => {
    for (const rel of await htmlFiles(dist))
      expect(unregionedTables(fromHtml(read(rel))), rel).toEqual([]);
  });

  test('no page loads KaTeX JavaScript or any third-party origin', async () => {
    for (const rel of await htmlFiles(dist)) {
      const html = read(rel);
      expect(html, rel).not.toMatch(/<script[^>]+src="https?:/);
      expect(html, rel).not.toMatch(
        /<link[^>]+href="https?:\/\/(?!ntt-iclr2025-digest)[^"]+"[^>]*rel="(stylesheet|preload|modulepreload)"/,
      );
      expect(html, rel).not.toMatch(/katex(\.min)?\.js/);
    }
  });
});

describe('KaTeX assets', () => {
  test('only woff2 fonts are emitted', () => {
    const assets = readdirSync(join(dist, '_astro'));
    expect(assets.some((f) => f.endsWith('.woff2'))).toBe(true);
    expect(assets.filter((f) => /\.(woff|ttf|eot)$/.test(f))).toEqual([]);
  });

  test('exactly one copy of katex is installed', () => {
    const root = join(import.meta.dirname, '../../node_modules');
    const nested = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name === 'katex' && e.parentPath.endsWith('node_modules'))
      .map((e) => join(e.parentPath, e.name));
    expect(nested).toEqual([join(root, 'katex')]);
  });
});

describe('search index', () => {
  test('paper bodies are marked for indexing and page chrome is not', () => {
    for (const slug of slugs) {
      const html = read(`papers/${slug}/index.html`);
      expect(html).toContain('data-pagefind-body');
      expect(html).toMatch(/<header class="site-header"[^>]*data-pagefind-ignore/);
      expect(html).toMatch(/<footer class="site-footer"[^>]*data-pagefind-ignore/);
    }
    expect(read('404.html')).not.toContain('data-pagefind-body');
  });
});
