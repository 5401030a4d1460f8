/**
 * Measures what a cold page load transfers, through the Chrome DevTools Protocol: bytes on the
 * wire (after compression, headers included) and requests, split by kind. Used by the budget
 * test and by `npm run bench`.
 */
import type { Page } from 'playwright-core';
import { emptyByKind, resourceKind, type PageWeight, type ResourceKind } from './budgets.ts';

interface TrafficRecorder {
  /** Everything received since the recorder started (or since `reset()`). */
  snapshot(): {
    bytes: Record<ResourceKind, number>;
    requests: Record<ResourceKind, number>;
    katexFontBytes: number;
    urls: string[];
  };
  reset(): void;
}

/** Starts recording the page's network traffic with the browser cache disabled. */
async function recordTraffic(page: Page): Promise<TrafficRecorder> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { kind: ResourceKind; url: string }>();
  let state = {
    bytes: emptyByKind(),
    requests: emptyByKind(),
    katexFontBytes: 0,
    urls: [] as string[],
  };
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, {
      kind: resourceKind(e.response.url, e.response.mimeType),
      url: e.response.url,
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (!r || r.url.startsWith('data:')) return;
    state.bytes[r.kind] += e.encodedDataLength;
    state.requests[r.kind] += 1;
    state.urls.push(r.url);
    if (r.kind === 'font' && /KaTeX_/.test(r.url)) state.katexFontBytes += e.encodedDataLength;
  });
  return {
    snapshot: () => structuredClone(state),
    reset: () => {
      state = { bytes: emptyByKind(), requests: emptyByKind(), katexFontBytes: 0, urls: [] };
    },
  };
}

/**
 * Loads `url` cold in `page` (which must be fresh), reads a page with math through to its last
 * formula, and returns what it transferred.
 */
export async function measurePage(
  page: Page,
  url: string,
  path: string,
): Promise<PageWeight & { urls: string[] }> {
  const traffic = await recordTraffic(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  const hasMath = (await page.locator('.katex').count()) > 0;
  if (hasMath) {
    // Math in a deferred section is laid out, and its fonts fetched, only near the viewport
    // (content-visibility: auto): bring every formula there, as a reader of the whole page does.
    await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
      for (const el of document.querySelectorAll('.katex')) {
        el.scrollIntoView({ block: 'center' });
        await frame();
        await frame();
      }
      await document.fonts.ready;
    });
    // The last responses' sizes arrive a moment after the fonts are ready: wait until none come.
    for (let seen = -1, tries = 0; tries < 20; tries++) {
      const now = traffic.snapshot().urls.length;
      if (now === seen) break;
      seen = now;
      await page.waitForTimeout(250);
    }
  }
  return { page: path, hasMath, ...traffic.snapshot() };
}

/** URL path of a built HTML file ("papers/x/index.html" → "/papers/x/", "404.html" → "/404.html"). */
export const pagePath = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
