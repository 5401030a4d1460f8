/**
 * A glossary term in a paper's body explains itself in place, without JavaScript: tapping,
 * clicking, hovering or pressing Enter on the term opens its definition (a native popover) with the link
 * to the glossary entry; Escape closes it and focus goes back to the term. On a phone the
 * definition stays on screen; axe (which needs scripts) finds nothing wrong with it open.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { launch } from '../support/browser';
import { closeAfterTest, page, site, useSite } from '../support/site';

useSite({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });

const openDefinition = () =>
  page.evaluate(() => {
    const open = document.querySelector('.glossary-def:popover-open');
    if (!open) return null;
    const r = open.getBoundingClientRect();
    return {
      id: open.id,
      text: (open as HTMLElement).innerText,
      href: open.querySelector('a.glossary-link')?.getAttribute('href'),
      left: r.left,
      right: r.right,
      top: r.top,
      bottom: r.bottom,
    };
  });

describe.each([
  ['/papers/pu-diffusion-models/', '拡散モデル', 'diffusion-model', '/glossary/#diffusion-model'],
  [
    '/en/papers/test-time-adaptation-regression/',
    'coefficient of determination',
    'coefficient-of-determination',
    '/en/glossary/#coefficient-of-determination',
  ],
])('%s', (path, term, id, href) => {
  /** Loads the page in `p` and returns the term's button, scrolled into view. */
  const load = async (p = page) => {
    await p.goto(site.url(path), { waitUntil: 'load' });
    const button = p.locator(`button.glossary-ref[popovertarget="glossary-def-${id}"]`);
    await button.scrollIntoViewIfNeeded();
    return button;
  };

  test('a click (a tap) on the term opens its definition in place, on screen, with the entry’s link', async () => {
    const button = await load();
    expect(await button.textContent()).toBe(term);
    expect(await openDefinition()).toBeNull();
    await button.click();
    const open = await openDefinition();
    expect(open?.id).toBe(`glossary-def-${id}`);
    expect(open?.text).toContain(term);
    expect(open?.text.length).toBeGreaterThan(term.length + 40);
    expect(open?.href).toBe(href);
    expect(open!.left).toBeGreaterThanOrEqual(0);
    expect(open!.right).toBeLessThanOrEqual(360);
    expect(open!.top).toBeGreaterThanOrEqual(0);
    expect(open!.bottom).toBeLessThanOrEqual(780);
    // A tap elsewhere closes it.
    await page.mouse.click(2, 2);
    expect(await openDefinition()).toBeNull();
  });

  test('a hover on the term opens it too, and a click then keeps it open (it shows, never toggles)', async () => {
    const button = await load();
    expect(await openDefinition()).toBeNull();
    await button.hover();
    // The browser shows it after its hover delay: poll until it is open.
    await expect
      .poll(async () => (await openDefinition())?.id, { timeout: 10_000 })
      .toBe(`glossary-def-${id}`);
    await button.click();
    expect((await openDefinition())?.id).toBe(`glossary-def-${id}`);
    await page.mouse.click(2, 2);
    expect(await openDefinition()).toBeNull();
  });

  test('with scripts on too, the open definition passes axe', async () => {
    const browser = closeAfterTest(await launch({ viewport: { width: 360, height: 780 } }));
    const p = await browser.context.newPage();
    await (await load(p)).click();
    expect(await p.locator(`#glossary-def-${id}`).isVisible(), 'the definition is open').toBe(true);
    expect(await axeViolations(p)).toBe('');
  });

  test('by keyboard: Enter opens it, Tab reaches its link, Escape closes it and returns to the term', async () => {
    await (await load()).focus();
    await page.keyboard.press('Enter');
    expect((await openDefinition())?.id).toBe(`glossary-def-${id}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.keyboard.press('Escape');
    expect(await openDefinition()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(
      `glossary-def-${id}`,
    );
  });
});
