/**
 * What a reader sees before scrolling (production build, Chromium), on a 390×844 phone and a
 * 1280×900 desktop: the home page's first link to a paper, and a paper page's arXiv link, lie on
 * the first screen in both editions. The table of contents of a paper page is a disclosure,
 * closed on the phone and open on the desktop, without JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSlugs, openSite, paperPath, type Lang, type Site } from '../support/site';

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;
const LANGS: Lang[] = ['ja', 'en'];
const PAPER_HREF = String.raw`^(?:/en)?/papers/[^/]+/$`;
const ARXIV_HREF = '^https://arxiv\\.org/abs/';

let site: Site;
let noJs: Site;

beforeAll(async () => {
  site = await openSite();
  noJs = await openSite({ javaScriptEnabled: false });
});

afterAll(async () => {
  await site?.close();
  await noJs?.close();
});

/**
 * The place of the first link in <main> whose href (its path, for a link on the site) matches
 * `pattern`, once the page's fonts have loaded and that place has stayed the same over two
 * animation frames (so a late layout shift cannot pass unseen). Throws when there is no such link.
 */
async function firstLinkBox(page: Page, pattern: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(
    (source) =>
      new Promise<{ top: number; height: number; href: string; scrollY: number; vh: number }>(
        (resolve, reject) => {
          const re = new RegExp(source);
          const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find((a) =>
            re.test(a.origin === location.origin ? a.pathname : a.href),
          );
          if (!link) {
            reject(new Error(`no link matching ${source}`));
            return;
          }
          let last = '';
          let same = 0;
          const started = performance.now();
          const check = () => {
            const r = link.getBoundingClientRect();
            const now = `${r.top},${r.height}`;
            same = now === last ? same + 1 : 0;
            last = now;
            if (same >= 2)
              resolve({
                top: r.top,
                height: r.height,
                href: link.getAttribute('href') ?? '',
                scrollY,
                vh: innerHeight,
              });
            else if (performance.now() - started > 5000)
              reject(new Error(`the link ${link.href} kept moving`));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
      ),
    pattern,
  );
}

// The home page's first link to a paper, and each paper page's arXiv link.
const FIRST_LINKS = LANGS.flatMap((lang) => [
  { path: lang === 'ja' ? '/' : '/en/', pattern: PAPER_HREF },
  ...contentSlugs().map((slug) => ({ path: paperPath(lang, slug), pattern: ARXIV_HREF })),
]);

describe.each(SIZES)('on a %s', (_name, viewport) => {
  test.each(FIRST_LINKS)(
    '$path: the first link matching $pattern is on the first screen',
    async ({ path, pattern }) => {
      const page = await site.open(path, viewport);
      const box = await firstLinkBox(page, pattern);
      expect(box.scrollY).toBe(0);
      expect(box.vh).toBe(viewport.height);
      expect(box.height).toBeGreaterThan(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top, `${box.href} is ${box.top} px down`).toBeLessThan(viewport.height);
    },
  );
});

describe('the table of contents without JavaScript', () => {
  const path = paperPath('ja', 'wavelet-positional-representation');
  /** Whether the toc's summary, heading and first link are drawn (a closed disclosure's content is not). */
  const shown = (page: Page) =>
    page.evaluate(() => {
      const drawn = (sel: string) => {
        const el = document.querySelector(`.toc ${sel}`);
        if (!el) throw new Error(`no .toc ${sel}`);
        return el.checkVisibility();
      };
      return { summary: drawn('summary'), link: drawn('a'), heading: drawn('h2') };
    });

  test('on a phone is closed, its summary drawn, and opens on a tap', async () => {
    const page = await noJs.open(path, SIZES[0][1]);
    expect(await shown(page)).toEqual({ summary: true, link: false, heading: false });
    await page.locator('.toc summary').click();
    expect((await shown(page)).link).toBe(true);
  });

  test('on a desktop is open beside the text, with its heading and no summary', async () => {
    const page = await noJs.open(path, SIZES[1][1]);
    expect(await shown(page)).toEqual({ summary: false, link: true, heading: true });
    const box = await page.locator('.toc a').first().boundingBox();
    const text = await page.locator('.paper-header').boundingBox();
    expect(box && text && box.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
  });
});
