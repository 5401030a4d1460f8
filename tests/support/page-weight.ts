/**
 * Measures what a cold page load transfers, through the Chrome DevTools Protocol: bytes on the
 * wire (after compression, headers included) and requests, split by kind. Used by the budget
 * test and by `npm run bench`.
 */
import type { Page } from 'playwright-core';
import { emptyByKind, resourceKind, type PageWeight, type ResourceKind } from './budgets.ts';
import { revealDeferredSections, settle, trackRequests } from './deferred.ts';

/** Starts recording the page's network traffic with the browser cache disabled. */
async function recordTraffic(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses = new Map<string, { kind: ResourceKind; url: string }>();
  const state = {
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
  return () => structuredClone(state);
}

/**
 * Loads `url` cold in `page` (which must be fresh), reads a page with math through to its last
 * formula, waits until painting it asks for nothing more (`settle`), and returns what it
 * transferred.
 */
export async function measurePage(
  page: Page,
  url: string,
  path: string,
): Promise<PageWeight & { urls: string[] }> {
  const snapshot = await recordTraffic(page);
  trackRequests(page);
  await page.goto(url, { waitUntil: 'load' });
  const hasMath = (await page.locator('.katex').count()) > 0;
  // Math in a deferred section is laid out, and its fonts fetched, only near the viewport
  // (content-visibility: auto): bring every section there, as a reader of the whole page does.
  if (hasMath) await revealDeferredSections(page);
  await settle(page);
  return { page: path, hasMath, ...snapshot() };
}

/** URL path of a built HTML file ("papers/x/index.html" → "/papers/x/", "404.html" → "/404.html"). */
export const pagePath = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
