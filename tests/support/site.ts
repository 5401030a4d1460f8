/**
 * Shared setup for the browser tests: the built site in `dist/`, the list of its pages, one
 * static server plus one Chromium per test file, and a recorder of everything that goes wrong
 * while a page loads (console errors, page errors, failed or foreign requests).
 *
 * `E2E_DIST_DIR` points the tests at another build (default: `dist/` of this project).
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launch, type LaunchOptions } from './browser';
import { DIST, requireBuild } from './dist';
export { contentSlugs, DIST, requireBuild, ROOT } from './dist';
export { paperPath } from '../../src/site/routes';
export { settle, trackRequests } from './deferred';
import { trackRequests } from './deferred';
import { pagePath } from './page-weight';
import { serveStatic } from './static-server';

export type Lang = 'ja' | 'en';
/** `other`: a page these tests know no specifics about (it still gets every general check). */
type PageKind = 'home' | 'paper' | 'search' | 'not-found' | 'other';

export interface SitePage {
  /** URL path of the page as a visitor requests it, e.g. "/en/papers/x/" or "/404.html". */
  path: string;
  lang: Lang;
  kind: PageKind;
}

/** Classifies a page of the site from its URL path. */
function describePath(path: string): SitePage {
  const lang: Lang = path === '/en/' || path.startsWith('/en/') ? 'en' : 'ja';
  const rest = lang === 'en' ? path.slice(3) : path;
  if (/^\/papers\/[^/]+\/$/.test(rest)) return { path, lang, kind: 'paper' };
  if (rest === '/search/') return { path, lang, kind: 'search' };
  if (rest === '/404.html' || rest === '/404/') return { path, lang, kind: 'not-found' };
  if (rest === '/') return { path, lang, kind: 'home' };
  return { path, lang, kind: 'other' };
}

/** Every HTML page of the build (all index.html files and 404.html), sorted by path. */
export function builtPages(): SitePage[] {
  requireBuild();
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !/^(search-index|_astro)\//.test(file))
    .map((file) => pagePath(file.split(sep).join('/')))
    .sort()
    .map(describePath);
}

/** The same page in the other edition (the 404 pages are "/404.html" and "/en/404/"). */
export function counterpartPath(path: string): string {
  if (path === '/404.html') return '/en/404/';
  if (path === '/en/404/') return '/404.html';
  return path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
}

/**
 * Closes `x` (a tab, a browser) when the running test ends, pass or fail: no try/finally in tests.
 * A concurrent test passes its context's own `onTestFinished`.
 */
export function closeAfterTest<T extends { close(): Promise<unknown> }>(
  x: T,
  onFinished: typeof onTestFinished = onTestFinished,
): T {
  onFinished(async () => {
    await x.close();
  });
  return x;
}

/**
 * Serves a build (`dist`, by default this project's, below `base`; `compress`: with brotli, as a
 * CDN) and starts one browser; call `close()` in afterAll.
 */
export async function openSite(
  options: LaunchOptions = {},
  { compress = false, dist = DIST, base = '/' } = {},
) {
  if (dist === DIST) requireBuild();
  const server = await serveStatic(dist, { compress, base });
  const browser = await launch(options).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    browser,
    /** Origin of the test server, e.g. "http://127.0.0.1:4567". */
    origin: new URL(server.url).origin,
    /** Absolute URL of a site path ("/en/search/?q=x"). */
    url: server.at,
    /** A new tab, closed when the test ends, that has loaded a site path (at `viewport` when given). */
    open: async (path: string, viewport?: { width: number; height: number }) => {
      const page = closeAfterTest(await browser.context.newPage());
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(server.at(path), { waitUntil: 'load' });
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export type Site = Awaited<ReturnType<typeof openSite>>;

/** The viewport most browser tests read a page at. */
export const DESKTOP = { width: 1280, height: 800 } as const;

/** The site, one page in its browser and that page's problem recorder: set by `useSite()`. */
export let site: Site;
export let page: Page;
export let problems: PageProblems;

/**
 * The setup of a browser test file: before its tests, serves the build, starts one Chromium
 * (`options`, by default a desktop viewport) and opens one page with a problem recorder; after
 * them, closes both. The three are this module's exports `site`, `page` and `problems` (each
 * test file has its own instance of this module).
 */
export function useSite(options: LaunchOptions = { viewport: DESKTOP }): void {
  beforeAll(async () => {
    site = await openSite(options);
    page = await site.browser.context.newPage();
    problems = new PageProblems(page, site.origin);
  });
  afterAll(async () => {
    await site?.close();
  });
}

/**
 * Records what goes wrong on a page: console errors, uncaught page errors, failed requests,
 * HTTP error responses and requests to other origins. `reset()` before each navigation.
 */
export class PageProblems {
  private found: Record<string, string[]> = {};
  /** URLs whose error status is expected (e.g. the 404 test's own document). */
  allowedErrorUrls = new Set<string>();

  constructor(page: Page, origin: string) {
    const add = (kind: string, problem: string) => (this.found[kind] ??= []).push(problem);
    trackRequests(page);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // Chromium logs the expected error status of an allowed URL as a console error too.
      if (
        this.allowedErrorUrls.has(msg.location().url) &&
        msg.text().startsWith('Failed to load resource')
      )
        return;
      add('consoleErrors', `${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => add('pageErrors', String(error.stack ?? error)));
    page.on('requestfailed', (req: Request) =>
      add(
        'failedRequests',
        `${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`,
      ),
    );
    page.on('request', (req: Request) => {
      const url = req.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) add('foreignRequests', url);
    });
    page.on('response', (res: Response) => {
      if (res.status() >= 400 && !this.allowedErrorUrls.has(res.url()))
        add('errorResponses', `${res.status()} ${res.url()}`);
    });
  }

  reset(): void {
    this.found = {};
    this.allowedErrorUrls.clear();
  }

  /**
   * Everything recorded, keyed by kind (consoleErrors, pageErrors, failedRequests,
   * errorResponses, foreignRequests), kinds with nothing left out (so `toEqual({})` passes).
   */
  summary(): Record<string, string[]> {
    return { ...this.found };
  }
}

/** Pathname + hash of an href resolved against the page (compare links without the origin). */
export function pathOf(href: string, base = 'http://x.invalid/'): string {
  const u = new URL(href, base);
  return decodeURIComponent(u.pathname) + u.hash;
}
