/**
 * Assertions on the production build (dist/, or E2E_DIST_DIR): every indexable page has a
 * canonical URL, Open Graph/Twitter tags and a card image that exists; paper pages carry
 * JSON-LD that parses and has the required fields and no citation_* tags; the feeds and the
 * sitemap list every paper in both editions; the other discovery files exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { siteConfig } from '../../src/site/config';
import { htmlFiles } from '../../src/integrations/built-pages';
import { contentSlugs, DIST as dist, readDist as read, requireBuild } from '../support/dist';
import { counterpartPath } from '../support/site';

requireBuild();
const slugs = contentSlugs();
/** The site's public URL with the base, as the build wrote it (e.g. "https://x.org/" or "https://x.org/sub/"). */
const siteRoot = new URL(siteConfig.base, siteConfig.url).href;
/** The file in dist/ that a URL of the site points at. */
const fileOf = (url: string) => {
  const path = new URL(url, siteRoot).pathname.slice(new URL(siteRoot).pathname.length);
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
};
/** A page's hreflang alternates: hreflang → URL. */
const alternates = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => [
      l[1],
      l[2],
    ]),
  );
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const indexable = async () =>
  (await htmlFiles(dist)).filter((f) => !/(^|\/)404(\.html|\/index\.html)$/.test(f));

describe('head metadata of every indexable page', () => {
  test('has its own URL as canonical and the same page of each edition as hreflang alternates (x-default: Japanese)', async () => {
    for (const file of await indexable()) {
      const html = read(file);
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      const ja = `${siteRoot}${path.replace(/^en\//, '')}`;
      const en = `${siteRoot}en/${path.replace(/^en\//, '')}`;
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], file).toBe(siteRoot + path);
      expect(alternates(html), file).toEqual({ ja, en, 'x-default': ja });
      for (const url of [ja, en]) expect(existsSync(fileOf(url)), `${file}: ${url}`).toBe(true);
    }
  });

  test('has Open Graph and Twitter tags whose card image exists as a 1200×630 PNG', async () => {
    for (const file of await indexable()) {
      const html = read(file);
      for (const key of [
        'og:title',
        'og:description',
        'og:url',
        'og:type',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:image',
      ]) {
        expect(meta(html, key), `${file}: ${key}`).toBeTruthy();
      }
      const image = meta(html, 'og:image') as string;
      expect(meta(html, 'twitter:image'), file).toBe(image);
      const png = readFileSync(fileOf(image));
      expect(png.subarray(1, 4).toString(), `${file}: ${image}`).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  test("links the edition's feed, the manifest and icons that exist", async () => {
    for (const file of await indexable()) {
      const html = read(file);
      const hrefs = [
        ...html.matchAll(/<link rel="(?:icon|apple-touch-icon|manifest)" href="([^"]+)"/g),
        ...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="([^"]+)"/g),
      ].map((m) => m[1] as string);
      expect(hrefs.length, file).toBeGreaterThanOrEqual(5);
      for (const href of hrefs) expect(existsSync(fileOf(href)), `${file}: ${href}`).toBe(true);
    }
  });
});

// The browser only adds the #fragment being read on a click: tests/e2e/i18n.test.ts.
test('every page declares its <html lang> and its language switch links the same page of the other edition', async () => {
  for (const file of await htmlFiles(dist)) {
    const html = read(file);
    const links = html.match(/<a [^>]*data-lang-switch[^>]*>/g) ?? [];
    expect(links, file).toHaveLength(1);
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(links[0]!)?.[1];
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const lang = file.startsWith('en/') ? 'en' : 'ja';
    const to = lang === 'en' ? 'ja' : 'en';
    expect(html, file).toContain(`<html lang="${lang}">`);
    const href = `${siteConfig.base}${counterpartPath(path).slice(1)}`;
    expect([attr('href'), attr('hreflang'), attr('lang')], file).toEqual([href, to, to]);
    // A built page, not the host's not-found fallback.
    const target = readFileSync(fileOf(href), 'utf8');
    if (path.includes('404'))
      expect(target, href).toContain(`<h1>${dictionaries[to]['notFound.title']}</h1>`);
  }
});

test('the 404 pages are left out of search engines: noindex, no canonical or hreflang alternates', () => {
  for (const file of ['404.html', 'en/404/index.html']) {
    const html = read(file);
    expect(html, file).toContain('<meta name="robots" content="noindex"');
    expect(html, file).not.toContain('<link rel="canonical"');
    expect(alternates(html), file).toEqual({});
  }
});

describe('JSON-LD on paper pages', () => {
  const pages = slugs.flatMap((slug) => [
    { lang: 'ja', rel: `papers/${slug}/index.html` },
    { lang: 'en', rel: `en/papers/${slug}/index.html` },
  ]);

  test.each(pages)(
    '$rel has an Article about the ScholarlyArticle, with the required fields',
    ({ lang, rel }) => {
      const html = read(rel);
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ].map((m) => JSON.parse(m[1] as string) as Record<string, any>);
      expect(blocks).toHaveLength(1);
      const ld = blocks[0] as Record<string, any>;
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Article',
        inLanguage: lang,
      });
      expect(ld['url']).toBe(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]);
      expect(ld['headline']).toBeTruthy();
      expect(existsSync(fileOf(ld['image']))).toBe(true);
      const about = ld['about'];
      expect(about['@type']).toBe('ScholarlyArticle');
      expect(about['name']).toBeTruthy();
      expect(about['author'].length).toBeGreaterThan(0);
      for (const a of about['author'])
        expect(a).toMatchObject({
          '@type': 'Person',
          name: expect.any(String),
          affiliation: expect.any(Array),
        });
      expect(about['author'].every((a: any) => a.affiliation.length > 0)).toBe(true);
      expect(about['publication']).toMatchObject({ name: 'ICLR 2025' });
      expect(about['sameAs']).toContain(`https://arxiv.org/abs/${about['identifier']['value']}`);
    },
  );

  test('no page carries citation_* meta tags', async () => {
    for (const file of await htmlFiles(dist))
      expect(read(file), file).not.toMatch(/<meta[^>]+name="citation_/);
  });

  test('papers with official code link the repository from JSON-LD', () => {
    const ld = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
        read('en/papers/pu-diffusion-models/index.html'),
      )?.[1] as string,
    );
    expect(ld.about.workExample.codeRepository).toBe('https://github.com/takahashihiroshi/pudm');
    expect(ld.about.sameAs).toContain('https://openreview.net/forum?id=jKcZ4hF4s5');
  });
});

describe('feeds, sitemap and the other discovery files', () => {
  test.each([
    ['ja', 'rss.xml', ''],
    ['en', 'en/rss.xml', 'en/'],
  ])('the %s feed lists every paper of its edition with absolute links', (lang, rel, prefix) => {
    const xml = read(rel);
    expect(xml).toContain(`<language>${lang}</language>`);
    // One item per paper; the corrections log follows (tests/build/provenance.test.ts).
    const paperItems = xml.match(/<item><title>[^<]*<\/title><link>[^<]*\/papers\/[^<]*<\/link>/g);
    expect(paperItems).toHaveLength(slugs.length);
    for (const slug of slugs)
      expect(xml).toContain(`<link>${siteRoot}${prefix}papers/${slug}/</link>`);
  });

  /** The sitemap's entries (from the index and the sitemaps it names): URL → hreflang → URL. */
  const sitemapEntries = () => {
    const entries = new Map<string, Record<string, string>>();
    const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1] as string,
    );
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(siteRoot), sitemap).toBe(true);
      for (const [, url] of readFileSync(fileOf(sitemap), 'utf8').matchAll(/<url>(.*?)<\/url>/gs)) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(url as string)?.[1] as string;
        const links = (url as string).matchAll(
          /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g,
        );
        entries.set(loc, Object.fromEntries([...links].map((l) => [l[1], l[2]])));
      }
    }
    return entries;
  };

  test("the sitemap lists exactly the pages with a canonical URL, with their head's alternates", async () => {
    const expected = new Map<string, Record<string, string>>();
    for (const file of await htmlFiles(dist)) {
      const html = read(file);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical === undefined) {
        // The only pages without a canonical URL are the ones kept out of search engines.
        expect(html, file).toContain('<meta name="robots" content="noindex"');
        continue;
      }
      expected.set(canonical, alternates(html));
    }
    expect(expected.size).toBeGreaterThan(slugs.length * 2);
    expect(Object.fromEntries(sitemapEntries())).toEqual(Object.fromEntries(expected));
  });

  test('robots.txt names the sitemap; the manifest is scoped to the base and its icons exist', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest.start_url).toBe(siteConfig.base);
    for (const icon of manifest.icons) expect(existsSync(fileOf(icon.src)), icon.src).toBe(true);
  });

  test.each([
    'data/comparison.csv',
    'data/comparison.json',
    'data/impact.csv',
    'data/impact.json',
    'en/data/comparison.csv',
    'en/data/comparison.json',
    'en/data/impact.csv',
    'en/data/impact.json',
  ])("%s has a row per paper, and its edition's home page links it among 4 downloads", (rel) => {
    const home = read(rel.startsWith('en/') ? 'en/index.html' : 'index.html');
    expect(home).toContain(`<a href="${siteConfig.base}${rel}" download>`);
    expect(home.match(/<a [^>]*\bdownload\b[^>]*>/g)).toHaveLength(4);
    const text = read(rel);
    const rows = rel.endsWith('.json')
      ? (JSON.parse(text) as unknown[]).length
      : text.trimEnd().split('\r\n').length - 1;
    expect(rows).toBe(slugs.length);
  });
});
