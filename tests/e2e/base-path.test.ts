/**
 * The site built for a sub-path (BASE_PATH=/iclr2025/, as on a GitHub Pages project site) and
 * served only below it: in Chromium every page loads without a failed or foreign request, every
 * internal link and asset resolves under the base, and search finds papers and links to them
 * there. This file makes its own build in a temp folder with its own Astro cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-pages';
import { siteConfig } from '../../src/site/config';
import { waitForSearch } from '../support/search-page';
import {
  builtPages,
  closeAfterTest,
  openSite,
  PageProblems,
  settle,
  type Site,
} from '../support/site';

const BASE = '/iclr2025/';
const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'digest-base-'));
const dist = join(work, 'dist');

let site: Site;
let origin: string;
let pages: string[] = [];
/** The root build's pages, as their paths under the base. */
const PAGES = builtPages().map((p) => `${BASE}${p.path.slice(1)}`);
/** Status of every internal URL the pages refer to, fetched once each. */
const checked = new Map<string, number>();

beforeAll(async () => {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: root,
      env: {
        ...process.env,
        SITE_URL: siteConfig.url,
        BASE_PATH: BASE,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`the build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
  pages = (await htmlFiles(dist)).map((f) => `${BASE}${f.replace(/index\.html$/, '')}`);
  site = await openSite({}, { dist, base: BASE });
  origin = site.origin;
}, 300_000);

afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A new tab, closed when the test ends, with a recorder of its problems. */
const newPage = async (onFinished?: Parameters<typeof closeAfterTest>[1]) => {
  const page = closeAfterTest(await site.browser.context.newPage(), onFinished);
  return { page, problems: new PageProblems(page, origin) };
};

/** Every URL a page refers to: links, stylesheets, scripts, images, icons, the manifest. */
const referencedUrls = (page: Page) =>
  page.$$eval('a[href], link[href], script[src], img[src], source[src], form[action]', (els) =>
    els
      .map(
        (el) =>
          (el as HTMLAnchorElement).href ||
          (el as HTMLScriptElement).src ||
          (el as HTMLFormElement).action,
      )
      .filter(Boolean),
  );

describe(`a build under ${BASE}`, () => {
  test('has the same pages as the build at the root', () => {
    expect([...pages].sort()).toEqual(PAGES);
  });

  // One test per page, so each has the whole timeout to itself (all 46 pages in one test took
  // 52-58 s of a 60 s timeout on a 2-vCPU machine) and a failure names its page. A URL that
  // several pages refer to is fetched once, by the first page that refers to it. The pages load
  // a few at a time, each in its own tab (most of a load is waiting for the network to idle).
  describe.concurrent(
    'every page loads without failed, erroring or foreign requests, and every internal URL resolves under the base',
    () => {
      test.for(PAGES)('%s', async (path, { expect, onTestFinished }) => {
        const { page, problems } = await newPage(onTestFinished);
        if (path.endsWith('404.html')) problems.allowedErrorUrls.add(`${origin}${path}`);
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await settle(page);
        expect(problems.summary()).toEqual({});
        const outside: string[] = [];
        const failing: string[] = [];
        for (const raw of await referencedUrls(page)) {
          const url = new URL(raw);
          if (url.origin !== origin) continue;
          url.hash = '';
          if (!url.pathname.startsWith(BASE)) outside.push(url.pathname);
          if (checked.has(url.href)) continue;
          const status = (await page.request.get(url.href)).status();
          checked.set(url.href, status);
          if (status !== 200) failing.push(`${url.href} → ${status}`);
        }
        expect(outside, 'URLs outside the base').toEqual([]);
        expect(failing, 'URLs that do not answer 200').toEqual([]);
      });
    },
  );

  test('those checks followed links, stylesheets, scripts, icons, the manifest, the feed and the downloads', () => {
    const urls = [...checked.keys()];
    for (const end of [
      '.css',
      '.js',
      '.svg',
      '.png',
      'manifest.webmanifest',
      '/rss.xml',
      '/data/comparison.csv',
    ])
      expect(
        urls.some((u) => new URL(u).pathname.endsWith(end)),
        `a URL ending in ${end}`,
      ).toBe(true);
  });

  test('canonical, Open Graph and card URLs carry the base and the cards exist', async () => {
    const { page } = await newPage();
    await page.goto(`${origin}${BASE}en/papers/pu-diffusion-models/`);
    const canonical = await page.getAttribute('link[rel=canonical]', 'href');
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(new URL(canonical as string).pathname).toBe(`${BASE}en/papers/pu-diffusion-models/`);
    expect(new URL(image as string).pathname).toBe(`${BASE}og/en/papers/pu-diffusion-models.png`);
    const card = await page.request.get(`${origin}${new URL(image as string).pathname}`);
    expect([card.status(), card.headers()['content-type']]).toEqual([200, 'image/png']);
  });

  test.each([
    ['ja', 'search/', '拡散モデル', 'pu-diffusion-models'],
    ['en', 'en/search/', 'wavelet', 'wavelet-positional-representation'],
  ] as const)(
    'search in the %s edition returns results that link below the base',
    async (lang, path, query, slug) => {
      const { page, problems } = await newPage();
      await page.goto(`${origin}${BASE}${path}?q=${encodeURIComponent(query)}`);
      const { hrefs } = await waitForSearch(page, lang, query);
      expect(hrefs.length).toBeGreaterThan(0);
      expect(
        hrefs.every((h) => new URL(h).pathname.startsWith(BASE)),
        hrefs.join('\n'),
      ).toBe(true);
      expect(hrefs.some((h) => h.includes(`/papers/${slug}/`))).toBe(true);
      const first = new URL(hrefs[0] as string);
      const response = await page.goto(first.href);
      expect(response?.status()).toBe(200);
      expect(problems.summary()).toEqual({});
    },
  );
});
