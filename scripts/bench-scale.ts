/**
 * `npm run bench:scale`: generates 100 and 1,000 synthetic papers (scripts/generate-papers.ts)
 * into a temporary content folder, builds each cold into a temporary output folder, and reports
 * build time, time per page, peak memory (resident memory of the whole build process tree,
 * sampled every 100 ms), the size of the output and of the search index, and the cost of a first
 * search in headless Chromium (KiB fetched from opening search on the home page to the first
 * result, ms from the last keystroke to it), measured by scripts/bench-search.ts as `npm run bench` does.
 * Writes bench-results/scale.json and bench-results/scale.md and prints the table.
 *
 *   SCALE_SIZES=100,1000 BENCH_RUNS=3 npm run bench:scale
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchLargeSite } from './bench-search.ts';
import { kib, writeResults } from './lib/report.ts';

const SIZES = (process.env['SCALE_SIZES'] ?? '100,1000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

/** Every file under `dir`. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
/** MiB of the files under `dir`. */
const du = (dir: string) =>
  (
    files(dir).reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0) /
    2 ** 20
  ).toFixed(1);

/**
 * Seconds Astro spent rendering card images (/og/…png) and HTML pages, summed from the
 * "(+N ms)" it logs after each route.
 */
function routeSeconds(log: string): { cards: number; html: number } {
  let cards = 0;
  let html = 0;
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const ms = Number(m[2]);
    if (m[1]?.startsWith('/og/')) cards += ms;
    else if (m[1]?.endsWith('.html')) html += ms;
  }
  return { cards: Number((cards / 1000).toFixed(1)), html: Number((html / 1000).toFixed(1)) };
}

const mib = (n: number) => (n / 1024 / 1024).toFixed(0);

const rows = [];
const work = mkdtempSync(join(tmpdir(), 'digest-scale-'));
try {
  for (const n of SIZES) {
    console.log(`building ${n} papers…`);
    // The reader's way, as `npm run bench` measures it: a page, "/", the query (scripts/bench-search.ts).
    const { build: b, dist: out, figures } = await benchLargeSite(n, RUNS, join(work, String(n)));
    const pages = files(out).filter((e) => e.name.endsWith('.html')).length;
    rows.push({
      papers: n,
      pages,
      buildSeconds: Number(b.seconds.toFixed(1)),
      msPerPage: Number(((b.seconds * 1000) / pages).toFixed(1)),
      // Of the build time: rendering card images, and rendering HTML pages.
      cardSeconds: routeSeconds(b.log).cards,
      htmlSeconds: routeSeconds(b.log).html,
      peakMiB: Number(mib(b.peakBytes)),
      distMiB: Number(du(out)),
      indexMiB: Number(du(join(out, 'search-index'))),
      search: figures.map((f) => ({
        entry: f.entry,
        lang: f.lang,
        query: f.query,
        kib: Number(kib(f.medianBytes)),
        ms: f.medianMs,
      })),
    });
    rmSync(join(work, String(n)), { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const small = rows.find((r) => r.papers === Math.min(...SIZES));
const big = rows.find((r) => r.papers === Math.max(...SIZES));
const checks =
  big && small && big !== small
    ? [
        [`${big.papers} papers build in ≤ 120 s`, big.buildSeconds <= 120, `${big.buildSeconds} s`],
        [`peak memory < 2 GB (2048 MiB)`, big.peakMiB < 2048, `${big.peakMiB} MiB`],
        [
          `time per page at ${big.papers} ≤ 1.3 × at ${small.papers}`,
          big.msPerPage <= 1.3 * small.msPerPage,
          `${(big.msPerPage / small.msPerPage).toFixed(2)} ×`,
        ],
        [
          `first search at ${big.papers} papers ≤ 50 KiB`,
          big.search.every((s) => s.kib <= 50),
          big.search.map((s) => `${s.entry} ${s.lang} ${s.kib} KiB`).join(', '),
        ],
        [
          `first results at ${big.papers} papers ≤ 100 ms`,
          big.search.every((s) => s.ms <= 100),
          big.search.map((s) => `${s.entry} ${s.lang} ${s.ms} ms`).join(', '),
        ],
      ]
    : [];
const lines = [
  `Scale benchmark, ${new Date().toISOString()} (${RUNS} search runs each, medians)`,
  '',
  '| papers | HTML pages | build s | of which card images s | of which HTML pages s | ms / page | peak MiB | dist MiB | index MiB |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.papers} | ${r.pages} | ${r.buildSeconds} | ${r.cardSeconds} | ${r.htmlSeconds} | ${r.msPerPage} | ${r.peakMiB} | ${r.distMiB} | ${r.indexMiB} |`,
  ),
  '',
  '| papers | first search | KiB fetched | ms to first result |',
  '| ---: | --- | ---: | ---: |',
  ...rows.flatMap((r) =>
    r.search.map((s) => `| ${r.papers} | ${s.entry}, ${s.lang}: ${s.query} | ${s.kib} | ${s.ms} |`),
  ),
  '',
  ...(checks.length
    ? [
        '| target | met | measured |',
        '| --- | --- | --- |',
        ...checks.map(([what, ok, value]) => `| ${what} | ${ok ? 'yes' : 'NO'} | ${value} |`),
      ]
    : []),
];
writeResults('scale', { date: new Date().toISOString(), rows }, lines);
