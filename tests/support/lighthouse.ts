/**
 * Runs Lighthouse 12 (default mobile config: simulated slow 4G and a 4× slower CPU) against a
 * URL in the system Chromium, launched headless by chrome-launcher. Used by
 * `npm run lighthouse` (the CI gate) and `npm run bench`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** Scores 0–100 per category. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that lost points, as "category: audit id (title)". */
  failures: string[];
}

/** One Chromium for several Lighthouse runs; call `close()` when done. */
export async function startLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'error',
  });
  return {
    async run(url: string): Promise<LighthouseResult> {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failures = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a !== undefined && a.score !== null && a.score < 1)
          .map(
            (a) =>
              `${c}: ${a!.id} (${a!.title}) score ${a!.score}${a!.displayValue ? `, ${a!.displayValue}` : ''}`,
          ),
      );
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      return {
        url,
        scores,
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        failures,
      };
    },
    close: async () => chrome.kill(),
  };
}
