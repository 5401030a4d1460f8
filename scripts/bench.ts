/**
 * `npm run bench`: builds the site cold, serves the build with brotli/gzip as a CDN would, loads
 * every page cold in headless Chromium and reports per page: HTML bytes (raw and as sent),
 * bytes and requests on the wire split into HTML, JS, CSS, fonts, images and other, the
 * page-weight budgets (tests/support/budgets.ts), and Lighthouse (mobile) scores with LCP, TBT and
 * CLS; plus what a first search costs and how long the development server takes to show an edit
 * of each kind of content file. Writes bench-results/bench.json and bench-results/bench.md
 * and prints the tables.
 *
 * BENCH_OUT_DIR builds elsewhere than dist/ (with its own ASTRO_CACHE_DIR, e.g. while others use
 * dist/); BENCH_LIGHTHOUSE=0 skips Lighthouse; BENCH_PAGES=/a/,/b/ limits the pages.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import {
  budgetViolations,
  BUDGETS,
  isPaperPage,
  paperPageViolations,
  PHONE_VIEWPORT,
  totals,
} from '../tests/support/budgets.ts';
import { htmlFiles } from '../src/integrations/built-pages.ts';
import { launch } from '../tests/support/browser.ts';
import { startLighthouse, type LighthouseResult } from '../tests/support/lighthouse.ts';
import { measurePage, pagePath } from '../tests/support/page-weight.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { builtFigures } from '../tests/support/figures.ts';
import { benchLargeSite, benchSearch, type SearchFigures } from './bench-search.ts';
import { CONTENT_EDITS, startDevServer } from '../tests/support/dev-server.ts';
import { kib, lighthouseTable, root, timedBuild, writeResults } from './lib/report.ts';

const dist = resolve(process.env['BENCH_OUT_DIR'] ?? join(root, 'dist'));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

// 1. Cold build.
rmSync(dist, { recursive: true, force: true });
rmSync(resolve(process.env['ASTRO_CACHE_DIR'] ?? join(root, 'node_modules/.astro')), {
  recursive: true,
  force: true,
});
const buildSeconds = (await timedBuild(dist)).seconds;

const server = await serveStatic(dist, { compress: true });
const pages = process.env['BENCH_PAGES']?.split(',') ?? (await htmlFiles(dist)).map(pagePath);
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** A page's weight loaded cold in a fresh browser at this viewport. */
async function measureAt(viewport: { width: number; height: number }, path: string) {
  const browser = await launch({ viewport });
  const page = await browser.context.newPage();
  const { urls: _urls, ...weight } = await measurePage(page, server.at(path), path);
  await browser.close();
  return weight;
}
const pageRows = [];
for (const path of pages) {
  const weight = await measureAt({ width: 1280, height: 800 }, path);
  const html = readFileSync(fileOf(path));
  // A paper page loaded at phone width too: bytes on the wire before fonts, and in total.
  const onPhone = isPaperPage(path) ? await measureAt(PHONE_VIEWPORT, path) : undefined;
  const phoneBytes = onPhone ? totals(onPhone).bytes : 0;
  pageRows.push({
    ...weight,
    htmlRaw: html.length,
    htmlBrotli: brotliCompressSync(html).length,
    overBudget: [...budgetViolations(weight), ...(onPhone ? paperPageViolations(onPhone) : [])],
    phone: onPhone && { beforeFonts: phoneBytes - onPhone.bytes.font, total: phoneBytes },
  });
}
const lighthouse: LighthouseResult[] = [];
if (process.env['BENCH_LIGHTHOUSE'] !== '0') {
  const lh = await startLighthouse();
  try {
    for (const row of pageRows)
      lighthouse.push({ ...(await lh.run(server.at(row.page))), url: row.page });
  } finally {
    await lh.close();
  }
}

// 2. First search, cold, at both entry points: the header's dialog opened with "/" on a home page,
// and the search page (scripts/bench-search.ts has the method).
const searches = await benchSearch(server.url, RUNS);
await server.close();
// The same figures for a site of 1,000 generated papers (BENCH_LARGE=0 skips it; it builds ~2,000 pages).
const LARGE = Number(process.env['BENCH_LARGE'] ?? 1000);
const large = LARGE > 0 ? (await benchLargeSite(LARGE, RUNS)).figures : [];

// 3. Figures: each figure's bytes in its page (inline SVG, caption, legend, data table).
const figureRows = pages.flatMap((path) =>
  builtFigures(readFileSync(fileOf(path), 'utf8')).map((f) => ({ page: path, ...f })),
);

// 4. The development server: how long an edit of each kind of content file takes to show on its
// page (the target is two seconds), in a temporary copy of the project.
const dev = await startDevServer();
const devReload: { kind: string; ms: number }[] = [];
try {
  for (const e of CONTENT_EDITS) {
    dev.edit(e.rel, e.change);
    const ms = await dev.until(e.path, (r) => r.status === 200 && r.html.includes(e.marker));
    devReload.push({ kind: e.kind, ms: Math.round(ms) });
  }
} finally {
  dev.stop();
}

// Each search's medians (entry, lang, query, medianBytes, medianMs, runs), without the runs' figures.
const searchFigures = ({ bytes, ms, settledMs, medianSettledMs, ...s }: SearchFigures) => s;
const result = {
  date: new Date().toISOString(),
  figures: figureRows,
  buildSeconds: Number(buildSeconds.toFixed(1)),
  pages: pageRows.map((r, i) => ({ ...r, total: totals(r), lighthouse: lighthouse[i] })),
  search: searches.map(searchFigures),
  searchLarge: large.map((s) => ({ papers: LARGE, ...searchFigures(s) })),
  devReload,
};
const lines = [
  `Cold build: ${result.buildSeconds} s`,
  '',
  '| page | HTML raw KiB | HTML brotli KiB | total KiB | without KaTeX fonts KiB | requests | JS KiB (req) | CSS KiB (req) | fonts KiB (req) | images KiB (req) | other KiB (req) | budgets |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...pageRows.map((r) => {
    const t = totals(r);
    const cell = (k: 'js' | 'css' | 'font' | 'image' | 'other') =>
      `${kib(r.bytes[k])} (${r.requests[k]})`;
    return `| ${r.page} | ${kib(r.htmlRaw)} | ${kib(r.htmlBrotli)} | ${kib(t.bytes)} | ${kib(t.bytes - r.katexFontBytes)} | ${t.requests} | ${cell('js')} | ${cell('css')} | ${cell('font')} | ${cell('image')} | ${cell('other')} | ${r.overBudget.length ? `over: ${r.overBudget.map((v) => v.replace(`${r.page}: `, '')).join('; ')}` : 'within'} |`;
  }),
  '',
  `| paper page at ${PHONE_VIEWPORT.width} px | before fonts KiB | total KiB |`,
  '| --- | ---: | ---: |',
  ...pageRows.flatMap((r) =>
    r.phone ? [`| ${r.page} | ${kib(r.phone.beforeFonts)} | ${kib(r.phone.total)} |`] : [],
  ),
  ...(lighthouse.length ? ['', ...lighthouseTable(lighthouse)] : []),
  '',
  `| figure | name | raw KiB | brotli KiB | budget (${kib(BUDGETS.figure)} KiB brotli) |`,
  '| --- | --- | ---: | ---: | --- |',
  ...figureRows.map(
    (f) =>
      `| ${f.page}#${f.id} | ${f.name} | ${kib(f.raw)} | ${kib(f.brotli)} | ${f.brotli <= BUDGETS.figure ? 'within' : 'over'} |`,
  ),
  '',
  '| first search | KiB fetched (median) | ms to first result (median) | runs |',
  '| --- | ---: | ---: | ---: |',
  ...result.search.map(
    (s) =>
      `| ${s.entry}, ${s.lang}: ${s.query} | ${kib(s.medianBytes)} | ${s.medianMs} | ${s.runs} |`,
  ),
  ...result.searchLarge.map(
    (s) =>
      `| ${s.entry}, ${s.lang}: ${s.query} (${s.papers} generated papers) | ${kib(s.medianBytes)} | ${s.medianMs} | ${s.runs} |`,
  ),
  '',
  '| development server: an edit of | ms until its page shows it (target 2,000) |',
  '| --- | ---: |',
  ...devReload.map((d) => `| ${d.kind} | ${d.ms} |`),
];
writeResults('bench', result, lines);
