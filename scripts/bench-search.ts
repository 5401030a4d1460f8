/**
 * The search part of `npm run bench`: what opening search and running the first query costs, as
 * a reader does it, in a cold Chromium with the cache disabled, against a server that compresses
 * like a CDN, at both entry points:
 *
 * - `dialog`: the edition's home page, press "/", type the query at once;
 * - `page`: the edition's search page (`/search/`, `/en/search/`), click the box, type the query.
 *
 * - bytes: everything fetched from pressing "/" (or clicking the box) until the network is idle
 *   after the first result (the dialog's code, the index's meta file, the shards of the query's
 *   terms, the pages of the results shown, glossary data);
 * - ms: from the last keystroke (keydown or input listeners in the page) to the first rendering of results
 *   after it (a MutationObserver), both on the page's own clock: the titles, which show as soon as
 *   the results are ranked;
 * - settledMs: the same to the complete results (excerpts and sections filled in, the status
 *   line's count written), one round trip for the pages' files later.
 *
 * Standalone: `node scripts/bench-search.ts <dist-dir> [runs]` prints the medians as JSON.
 */
import { join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { generatePapers } from './generate-papers.ts';
import { root, timedBuild, withServer } from './lib/report.ts';

export interface SearchCase {
  /** Where the reader searches: the header's dialog or the search page. */
  entry: 'dialog' | 'page';
  lang: 'ja' | 'en';
  query: string;
}

/** Each query at both entry points. */
export const bothEntries = (cases: readonly Omit<SearchCase, 'entry'>[]): SearchCase[] =>
  (['dialog', 'page'] as const).flatMap((entry) => cases.map((c) => ({ entry, ...c })));

export const SEARCH_CASES: SearchCase[] = bothEntries([
  { lang: 'ja', query: '拡散モデル' },
  { lang: 'ja', query: 'wavelet' },
  { lang: 'en', query: 'positional encoding' },
  { lang: 'en', query: 'wavelet' },
]);

/** Topic words that many generated papers use (scripts/generate-papers.ts), for the large sites. */
export const LARGE_CASES: SearchCase[] = bothEntries([
  { lang: 'ja', query: '拡散モデル' },
  { lang: 'en', query: 'diffusion models' },
]);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

type Run = { bytes: number; ms: number; settledMs: number };

/** One cold run: a fresh browser, the edition's home page and "/" (or its search page), and the query. */
async function once(origin: string, c: SearchCase): Promise<Run> {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lastKey: number; __shown: number; __settled: number };
      w.__lastKey = 0;
      w.__shown = 0;
      w.__settled = 0;
      // The first time the results list is rendered after the last keystroke with results in
      // it: a change elsewhere (the live region, the status line) while an earlier, partial
      // query's results are still listed does not count. Japanese text arrives as input events
      // without keydowns (as from an input method), so both count as keystrokes.
      const keystroke = () => {
        w.__lastKey = performance.now();
        w.__shown = 0;
        w.__settled = 0;
      };
      addEventListener('keydown', keystroke, true);
      addEventListener('input', keystroke, true);
      new MutationObserver((records) => {
        const list = document.querySelector('#sd-results, ol.search-results');
        if (
          w.__lastKey &&
          !w.__shown &&
          records.some((r) => list?.contains(r.target)) &&
          list?.querySelector('[role=option], :scope > li')
        )
          w.__shown = performance.now();
        // Complete: the status line has its count and the list is no longer busy.
        const status = document.querySelector('.sd-status, .search-status');
        if (
          w.__shown &&
          !w.__settled &&
          status?.textContent?.trim() &&
          list?.getAttribute('aria-busy') !== 'true'
        )
          w.__settled = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const path = `${c.lang === 'ja' ? '' : 'en/'}${c.entry === 'page' ? 'search/' : ''}`;
    await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
    // Playwright compiles its helper script in the page on the first wait for a function: tens of
    // milliseconds of the page's main thread, which would otherwise fall inside the first search.
    await page.waitForFunction(() => true);
    const start = await page.evaluate(() => performance.now());
    if (c.entry === 'page') await page.click('#search-input');
    else {
      await page.keyboard.press('/');
      await page.waitForSelector('#sd-input');
    }
    await page.keyboard.type(c.query, { delay: 0 });
    // Complete results come only after the first ones (the observer sets __settled after __shown).
    await page.waitForFunction(
      () => (window as unknown as { __settled: number }).__settled > 0,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    // Bytes on the wire (compressed, with headers) since `start`, from Resource Timing. Not from
    // the DevTools network domain: with it on, every request costs the page main-thread time,
    // which would count in the search's times. Each run has a fresh profile, so nothing comes
    // from a cache.
    return await page.evaluate((start) => {
      const w = window as unknown as { __lastKey: number; __shown: number; __settled: number };
      const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.responseEnd >= start)
        .reduce((sum, e) => sum + e.transferSize, 0);
      return { bytes, ms: w.__shown - w.__lastKey, settledMs: w.__settled - w.__lastKey };
    }, start);
  } finally {
    await browser.close();
  }
}

/**
 * Median of `runs` cold runs per case (after one unmeasured run that fills the server's cache of
 * compressed files) against a server already serving the build.
 */
export async function benchSearch(origin: string, runs: number, cases = SEARCH_CASES) {
  const out = [];
  for (const c of cases) {
    // One run unmeasured first: the server compresses each file on its first request and then
    // serves it from memory, like a CDN's cache, and a first request should not pay for that.
    await once(origin, c);
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) all.push(await once(origin, c));
    const of = (k: keyof Run) => all.map((r) => r[k]);
    out.push({
      ...c,
      bytes: of('bytes'),
      ms: of('ms'),
      settledMs: of('settledMs'),
      medianBytes: median(of('bytes')),
      medianMs: Number(median(of('ms')).toFixed(0)),
      medianSettledMs: Number(median(of('settledMs')).toFixed(0)),
      runs,
    });
  }
  return out;
}

export type SearchFigures = Awaited<ReturnType<typeof benchSearch>>[number];

if (import.meta.main) {
  const [dist, runs = '5'] = process.argv.slice(2);
  if (!dist)
    throw new Error('usage: node scripts/bench-search.ts <dist-dir>|--large=<count> [runs]');
  const large = dist.startsWith('--large=');
  const figures = large
    ? (await benchLargeSite(Number(dist.slice(8)), Number(runs))).figures
    : await withServer(dist, (server) => benchSearch(server.url, Number(runs)));
  const rows = figures.map((f) => ({
    entry: f.entry,
    lang: f.lang,
    query: f.query,
    KiB: +(f.medianBytes / 1024).toFixed(1),
    ms: f.medianMs,
    settled_ms: f.medianSettledMs,
    all_ms: f.ms.map(Math.round),
    ...(large ? {} : { bytes: f.bytes }),
  }));
  console.log(JSON.stringify(rows));
}

/**
 * The same figures for a site of `count` generated papers (scripts/generate-papers.ts), built
 * cold into `work` (by default `.tmp/bench-large/`) with its own cache so nothing of the
 * project's build is touched; also the build's figures and its folder. The queries are topic
 * words every generated paper family uses.
 */
export async function benchLargeSite(
  count: number,
  runs: number,
  work = join(root, '.tmp', 'bench-large'),
) {
  const [content, dist] = [join(work, 'content'), join(work, 'dist')];
  generatePapers(content, count);
  const build = await timedBuild(dist, {
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(work, 'cache'),
  });
  const figures = await withServer(dist, (server) => benchSearch(server.url, runs, LARGE_CASES));
  return { build, dist, figures };
}
