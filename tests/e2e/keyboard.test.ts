/**
 * Keyboard-only walks through the home page, a paper page and search, in both editions: Tab
 * reaches every control of the page in order with a visible focus indicator and no trap, the
 * skip link leads into the main content, and a contents link leads to its section. (Search
 * without a pointer is tests/e2e/search-dialog.test.ts: Enter on the header control opens the
 * dialog with focus in its box, arrows and Enter open a result, Escape gives focus back.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { homePath, searchPath } from '../../src/site/routes';
import { settledFrame } from '../support/deferred';
import { contentSlugs, type Lang, page, paperPath, site, useSite } from '../support/site';

useSite();

interface Stop {
  /** A readable name of the focused element ("a[href=/en/]", "input#sd-input"). */
  name: string;
  /** Focus is drawn (outline or box-shadow) and the element is on screen. */
  indicated: boolean;
  onScreen: boolean;
  /** Where it is, for a failure message: its box, the window's scroll and the page's height. */
  where: string;
}

/**
 * Every element a keyboard user should be able to reach, in document order, and the focused
 * element as a Stop (null when focus is on the body), both named the same way.
 */
const probe = (p: Page): Promise<{ tabbables: string[]; focused: Stop | null }> =>
  p.evaluate(() => {
    const name = (el: Element) => {
      const href = el.getAttribute('href');
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? `[href=${href}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}`;
    };
    const tabbables = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, details > summary, [tabindex]',
      ),
    ]
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden' &&
          !el.closest('[inert], dialog:not([open])'),
      )
      .map(name);
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tabbables, focused: null };
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const indicated =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    const onScreen =
      r.width > 0 &&
      r.height > 0 &&
      r.bottom > 0 &&
      r.top < innerHeight &&
      r.right > 0 &&
      r.left < innerWidth;
    const where = `top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} in a ${innerHeight} px window scrolled to ${Math.round(scrollY)} of ${document.documentElement.scrollHeight}`;
    return { tabbables, focused: { name: name(el), indicated, onScreen, where } };
  });
const focused = async (p: Page) => (await probe(p)).focused;

/**
 * Presses Tab from the top of a freshly loaded page until focus leaves the document, reading
 * each stop once the browser has painted it, as a reader sees it: a section that focus scrolls
 * near the viewport takes its real height only in the next frame.
 */
async function walk(path: string): Promise<{ stops: Stop[]; expected: string[] }> {
  await page.goto(site.url(path), { waitUntil: 'load' });
  const expected = (await probe(page)).tabbables;
  const stops: Stop[] = [];
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    await settledFrame(page);
    const stop = await focused(page);
    // Focus leaves the document after the last control, or (headless) wraps to the first again.
    if (!stop || (stops.length > 0 && stop.name === stops[0]!.name)) break;
    stops.push(stop);
  }
  return { stops, expected };
}

const LANGS: Lang[] = ['ja', 'en'];
const slug = contentSlugs()[0]!;

describe.each(LANGS)('%s edition', (lang) => {
  test.each([homePath(lang), paperPath(lang, slug), searchPath(lang)])(
    'Tab walks %s: every control in order, focus always visible, no trap',
    async (path) => {
      const { stops, expected } = await walk(path);
      expect(
        stops.map((s) => s.name),
        'focus order (Tab from the top) = document order of focusable elements',
      ).toEqual(expected);
      expect(
        stops.filter((s) => !s.indicated).map((s) => s.name),
        'stops without a visible focus indicator',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.onScreen).map((s) => `${s.name}: ${s.where}`),
        'stops scrolled out of view',
      ).toEqual([]);
      // No trap, both ways: Shift+Tab from the end visits the same stops in reverse order.
      const back: string[] = [];
      for (let i = 0; i < stops.length + 3; i++) {
        await page.keyboard.press('Shift+Tab');
        const stop = await focused(page);
        if (stop) back.push(stop.name);
      }
      const from = back.indexOf(stops.at(-1)!.name);
      expect(from, 'Shift+Tab reaches the last stop').toBeGreaterThanOrEqual(0);
      expect(back.slice(from, from + stops.length)).toEqual(stops.map((s) => s.name).reverse());
    },
  );

  test(`the skip link on ${homePath(lang)} is the first stop and moves focus into the main content`, async () => {
    await page.goto(site.url(homePath(lang)), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip?.name).toContain('a[href=#main-content]');
    expect(skip?.onScreen, 'the skip link shows when focused').toBe(true);
    expect((await page.evaluate(() => document.activeElement?.textContent))?.trim()).toBe(
      dictionaries[lang]['skip.toMain'],
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test(`a contents link on ${paperPath(lang, slug)} leads to its section by keyboard`, async () => {
    await page.goto(site.url(paperPath(lang, slug)), { waitUntil: 'load' });
    let id = '';
    for (let i = 0; i < 40 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() =>
        document.activeElement?.closest('nav.toc')
          ? (document.activeElement.getAttribute('href') ?? '').slice(1)
          : '',
      );
    }
    expect(id, 'a contents link is reachable by Tab').not.toBe('');
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === `#${h}`, id);
    await settledFrame(page);
    const top = await page.evaluate(
      (h) => document.getElementById(h)?.getBoundingClientRect().top ?? NaN,
      id,
    );
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(400);
  });
});
