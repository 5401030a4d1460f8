/**
 * Measures what a cold page load transfers, through the Chrome DevTools Protocol: bytes on the
 * wire (after compression, headers included) and requests, split by kind. Used by the budget
 * test and by `npm run bench`.
 */
import type { Page } from 'playwright-core';
import { emptyByKind, resourceKind, type PageWeight, type ResourceKind } from './budgets.ts';
import { revealDeferredSections } from './deferred.ts';

interface TrafficRecorder {
  /** Everything received since the recorder started. */
  snapshot(): {
    bytes: Record<ResourceKind, number>;
    requests: Record<ResourceKind, number>;
    katexFontBytes: number;
    urls: string[];
  };
  /** Requests sent and not yet finished or failed. */
  inFlight(): number;
}

/** Starts recording the page's network traffic with the browser cache disabled. */
async function recordTraffic(page: Page): Promise<TrafficRecorder> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { kind: ResourceKind; url: string }>();
  const pending = new Set<string>();
  const state = {
    bytes: emptyByKind(),
    requests: emptyByKind(),
    katexFontBytes: 0,
    urls: [] as string[],
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!e.request.url.startsWith('data:')) pending.add(e.requestId);
  });
  cdp.on('Network.loadingFailed', (e) => pending.delete(e.requestId));
  cdp.on('Network.responseReceived', (e) =>
    responses.set(e.requestId, {
      kind: resourceKind(e.response.url, e.response.mimeType),
      url: e.response.url,
    }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    pending.delete(e.requestId);
    const r = responses.get(e.requestId);
    if (!r || r.url.startsWith('data:')) return;
    state.bytes[r.kind] += e.encodedDataLength;
    state.requests[r.kind] += 1;
    state.urls.push(r.url);
    if (r.kind === 'font' && /KaTeX_/.test(r.url)) state.katexFontBytes += e.encodedDataLength;
  });
  return { snapshot: () => structuredClone(state), inFlight: () => pending.size };
}

/**
 * Waits until the page has painted twice in a row with no request in flight: everything it
 * asked for has arrived, and laying it out asked for nothing more (no fixed idle window).
 */
async function settled(page: Page, traffic: TrafficRecorder): Promise<void> {
  for (let quiet = 0; quiet < 2;) {
    await page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(0)))),
    );
    quiet = traffic.inFlight() === 0 ? quiet + 1 : 0;
  }
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
  const hasMath = (await page.locator('.katex').count()) > 0;
  // Math in a deferred section is laid out, and its fonts fetched, only near the viewport
  // (content-visibility: auto): bring every section there, as a reader of the whole page does.
  if (hasMath) await revealDeferredSections(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settled(page, traffic);
  return { page: path, hasMath, ...traffic.snapshot() };
}

/** URL path of a built HTML file ("papers/x/index.html" → "/papers/x/", "404.html" → "/404.html"). */
export const pagePath = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
