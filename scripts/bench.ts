/**
 * `npm run bench`: builds the site cold, serves dist/ with brotli/gzip as a CDN would, loads
 * pages cold in headless Chromium and reports bytes transferred per page by type, and what a
 * first search costs (bytes and milliseconds from the last keystroke to the first result).
 * Writes bench-results/bench.json and bench-results/bench.md and prints the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { benchLargeSite, benchSearch } from './bench-search.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'data' | 'other';
const kindOf = (url: string, mime: string): Kind => {
  if (mime.includes('html')) return 'html';
  if (mime.includes('css')) return 'css';
  if (mime.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs') || mime.includes('wasm')) return 'js';
  if (mime.startsWith('font/') || /\.woff2?$/.test(url)) return 'font';
  if (mime.startsWith('image/')) return 'image';
  if (url.includes('/pagefind/')) return 'data';
  return 'other';
};

interface Traffic {
  bytes: Record<Kind, number>;
  requests: number;
  total: number;
}

/** Records bytes on the wire (after compression) for every response the page receives. */
async function recordTraffic(page: Page): Promise<() => Traffic> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map<string, Kind>();
  const traffic: Traffic = { bytes: { html: 0, css: 0, js: 0, font: 0, image: 0, data: 0, other: 0 }, requests: 0, total: 0 };
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, kindOf(e.response.url, e.response.mimeType)));
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId) ?? 'other';
    traffic.bytes[kind] += e.encodedDataLength;
    traffic.total += e.encodedDataLength;
    traffic.requests += 1;
  });
  return () => structuredClone(traffic);
}

const kib = (n: number) => (n / 1024).toFixed(1);

// 1. Cold build.
rmSync(dist, { recursive: true, force: true });
rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
const t0 = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const buildSeconds = (performance.now() - t0) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const server = await serveStatic(dist, { compress: true });
const pages = (process.env['BENCH_PAGES']?.split(',') ?? ['/', '/papers/wavelet-positional-representation/', '/papers/test-time-adaptation-regression/', '/search/', '/en/', '/en/papers/wavelet-positional-representation/', '/en/search/']);

const pageRows: { page: string; total: number; requests: number; bytes: Record<Kind, number> }[] = [];
for (const path of pages) {
  const browser = await launch();
  const page = await browser.context.newPage();
  const stop = await recordTraffic(page);
  await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
  const t = stop();
  pageRows.push({ page: path, total: t.total, requests: t.requests, bytes: t.bytes });
  await browser.close();
}

// 2. First search: opening the header's search dialog with "/" on a home page and running the
// first query, cold (scripts/bench-search.ts has the method).
const searches = await benchSearch(server.url, RUNS);
await server.close();
// The same figures for a site of 1,000 generated papers (BENCH_LARGE=0 skips it; it builds ~2,000 pages).
const LARGE = Number(process.env['BENCH_LARGE'] ?? 1000);
const large = LARGE > 0 ? await benchLargeSite(root, LARGE, RUNS) : [];

const result = {
  date: new Date().toISOString(),
  buildSeconds: Number(buildSeconds.toFixed(1)),
  pages: pageRows,
  search: searches.map((s) => ({ lang: s.lang, query: s.query, medianBytes: s.medianBytes, medianMs: s.medianMs, runs: s.runs })),
  searchLarge: large.map((s) => ({ papers: LARGE, lang: s.lang, query: s.query, medianBytes: s.medianBytes, medianMs: s.medianMs, runs: s.runs })),
};
const lines = [
  `Cold build: ${result.buildSeconds} s`,
  '',
  '| page | total KiB | requests | HTML | CSS | JS | fonts | images | other |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...pageRows.map((r) => `| ${r.page} | ${kib(r.total)} | ${r.requests} | ${kib(r.bytes.html)} | ${kib(r.bytes.css)} | ${kib(r.bytes.js)} | ${kib(r.bytes.font)} | ${kib(r.bytes.image)} | ${kib(r.bytes.other + r.bytes.data)} |`),
  '',
  '| first search | KiB fetched (median) | ms to first result (median) | runs |',
  '| --- | ---: | ---: | ---: |',
  ...result.search.map((s) => `| ${s.lang}: ${s.query} | ${kib(s.medianBytes)} | ${s.medianMs} | ${s.runs} |`),
  ...result.searchLarge.map((s) => `| ${s.lang}: ${s.query} (${s.papers} generated papers) | ${kib(s.medianBytes)} | ${s.medianMs} | ${s.runs} |`),
];
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(root, 'bench-results/bench.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
