/**
 * Nothing cut off on a phone: every page of the production build, read at 360 px with all its
 * deferred sections laid out and its fonts loaded, has no element whose content is clipped, no
 * element past the screen's right edge and no sideways page scroll. A box that scrolls sideways
 * (a wide formula or table) passes only if it is keyboard-focusable and shows the edge shadows
 * that say there is more (tests/support/clipping.ts says exactly what counts).
 */
import { describe, expect, test } from 'vitest';
import { clippedElements } from '../support/clipping';
import { revealDeferredSections, settledFrame } from '../support/deferred';
import { builtPages, page, site, useSite } from '../support/site';

const PHONE = { width: 360, height: 780 };

useSite({ viewport: PHONE });

describe.each(builtPages())('$path at 360 px', ({ path }) => {
  test('has no clipped content and no sideways scroll without an affordance', async () => {
    await page.goto(site.url(path), { waitUntil: 'load' });
    await revealDeferredSections(page);
    // The math of a section is drawn in KaTeX's fonts, fetched once the section is laid out.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await settledFrame(page);
    expect(await page.evaluate(clippedElements)).toEqual([]);
  });
});
