/**
 * Sections the browser lays out only near the viewport (`content-visibility: auto` in
 * global.css), for the browser tests, the benchmark and the screenshot script: which they are,
 * whether one is rendered, and bringing them all in as a reader scrolling through the page does;
 * and waiting until a page has settled (painted, nothing in flight).
 */
import type { Page, Request } from 'playwright-core';

/** Every deferred section: each one after the first, on a paper page and on the home page. */
export const DEFERRED_SECTIONS = '.paper-body > section + section, .home > section + section';
/** A paper's technical detail: the deferred section that holds its math. */
export const MATH_SECTION = '.paper-body > .details';

/**
 * Whether the (first) section matching `selector` is rendered now, rather than skipped by the
 * browser: its first child (the section's heading) is visible then, and only then.
 */
export async function deferredSectionRendered(
  page: Page,
  selector: string = MATH_SECTION,
): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (el) => el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) !== false,
    );
}

/**
 * Scrolls each deferred section into view, as a reader does, and waits until it is rendered:
 * until then its contents have no real geometry, so layout and axe checks would measure
 * placeholders. The browser skips a section again once it is far from the viewport, so each one
 * revealed is then kept rendered as it is now (inline `content-visibility: visible` with the
 * containment `auto` gives a rendered section) for the checks that follow. Returns how many
 * sections it revealed.
 */
export async function revealDeferredSections(page: Page): Promise<number> {
  const sections = page.locator(DEFERRED_SECTIONS);
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await section.scrollIntoViewIfNeeded();
    await section.evaluate(
      (el) =>
        new Promise<void>((done, fail) => {
          const started = performance.now();
          const check = () => {
            if (el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) !== false) {
              // Rendered under `auto`, the section keeps its layout, paint and style containment.
              Object.assign((el as HTMLElement).style, {
                contentVisibility: 'visible',
                contain: 'layout paint style',
              });
              done();
            } else if (performance.now() - started > 5000)
              fail(
                new Error(
                  'a deferred section was not rendered 5 s after it was scrolled into view',
                ),
              );
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    );
  }
  return count;
}

/**
 * Waits until the browser has painted the page as it now stands, the way a reader sees it after
 * a key press or a jump: at least two animation frames, then until the window's scroll position,
 * the page's height and the focused element's place have stayed the same from one frame to the
 * next (at most 1 s; what is measured after that is whatever the page then shows). A section
 * near the viewport is laid out at its real height only in a frame, so positions read straight
 * after a focus move or an anchor jump can describe a layout that is never painted.
 */
export async function settledFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const started = performance.now();
        const state = () => {
          const r = (document.activeElement ?? document.body).getBoundingClientRect();
          return `${scrollX},${scrollY},${document.documentElement.scrollHeight},${r.top},${r.left}`;
        };
        // No state reads as '', so the first frame only records one to compare with.
        let last = '';
        const check = () => {
          const now = state();
          if (now === last || performance.now() - started > 1000) done();
          else {
            last = now;
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
  );
}

const inFlight = new WeakMap<Page, Set<Request>>();

/** Starts counting the page's requests in flight, for `settle` (call before it navigates). */
export function trackRequests(page: Page): void {
  if (inFlight.has(page)) return;
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (req) => pending.add(req));
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => pending.delete(req));
}

/**
 * Waits until the page has loaded, its fonts are ready and two double animation frames have
 * passed with no request in flight: every request the page made has ended, and painting it
 * started none (what Playwright's `networkidle`, a fixed 500 ms window, was waited for). A page
 * with scripts off runs no frame callbacks: `scripts: false` waits for two round trips to the
 * page instead.
 */
export async function settle(page: Page, { scripts = true } = {}): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('settle(page) needs trackRequests(page) before the navigation');
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (let quiet = 0; quiet < 2;) {
    await (scripts
      ? page.evaluate(
          () =>
            new Promise((done) =>
              requestAnimationFrame(() => requestAnimationFrame(() => done(0))),
            ),
        )
      : page.evaluate(() => document.readyState));
    quiet = pending.size === 0 ? quiet + 1 : 0;
  }
}
