/**
 * The two editions in Chromium: the header's language switch keeps the #section being read. (That
 * on every page it links the same page of the other edition, the head's alternates, and the 404
 * pages kept out of search engines, are checked in tests/build/discovery.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { contentSlugs, type Lang, page, paperPath, site, useSite } from '../support/site';

const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

useSite();

/**
 * Clicks the header's language switch and waits until the page it opens has loaded. (Until the new
 * document commits, the old one is the page, and its `load` has long fired. Chromium scrolls to a
 * #fragment only at the new page's `load`, so reading geometry before it races the scroll.)
 */
async function clickSwitch(): Promise<void> {
  const from = page.url();
  await Promise.all([
    page.waitForURL((url) => url.href !== from, { waitUntil: 'load' }),
    page.click('header a[data-lang-switch]'),
  ]);
}

describe('switching language keeps the section being read', () => {
  const cases = contentSlugs().flatMap((slug) => [
    { from: 'ja' as Lang, slug, hash: '#method' },
    { from: 'en' as Lang, slug, hash: '#results' },
  ]);

  test.each(cases)('$from $slug $hash', async ({ from, slug, hash }) => {
    const to = other(from);
    await page.goto(site.url(`${paperPath(from, slug)}${hash}`), { waitUntil: 'load' });
    await clickSwitch();
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(paperPath(to, slug));
    expect(landed.hash).toBe(hash);
    expect(await page.getAttribute('html', 'lang')).toBe(to);
    // The browser scrolled to the section: its heading is in the upper part of the window.
    const top = await page.evaluate(
      (id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      hash.slice(1),
    );
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(400);
  });

  test('without a #fragment the switch adds none', async () => {
    const slug = contentSlugs()[0]!;
    await page.goto(site.url(paperPath('ja', slug)), { waitUntil: 'load' });
    await clickSwitch();
    expect(page.url()).toBe(site.url(paperPath('en', slug)));
  });
});
