/**
 * The home page's comparison table without JavaScript: on a 360 px phone each paper is a block
 * with the column names written out and nothing scrolls sideways; on a desktop it is a table with
 * all seven columns. (The CSV and JSON downloads it links to: tests/build/discovery.test.ts. That
 * neither it nor the page scrolls sideways at 360 px is tests/e2e/clipping.test.ts, which reads
 * every page there with scripts on; no script touches a table.)
 */
import { describe, expect, test } from 'vitest';
import { site, useSite } from '../support/site';

useSite({ javaScriptEnabled: false });

describe.each(['/', '/en/'])('the comparison table on %s without JavaScript', (path) => {
  test('on a 360 px phone: one block per paper, labelled cells', async () => {
    const page = await site.open(path, { width: 360, height: 780 });
    const table = page.locator('table.comparison-table');
    expect(await table.locator('tbody tr').count()).toBe(4);
    const layout = await table.evaluate((t) => {
      const row = t.querySelector('tbody tr') as HTMLElement;
      const cell = t.querySelector('tbody td') as HTMLElement;
      return {
        display: getComputedStyle(row).display,
        label: getComputedStyle(cell, '::before').content,
        dataLabel: cell.dataset['label'],
        // The societal-impact table shares the card layout (.stack-table).
        impactRow: getComputedStyle(document.querySelector('.impact-table tbody tr')!).display,
      };
    });
    expect([layout.display, layout.impactRow]).toEqual(['block', 'block']);
    expect(layout.label).toBe(`"${layout.dataLabel}"`);
  });

  test('on a desktop: a table with a header row of seven columns', async () => {
    const page = await site.open(path, { width: 1280, height: 900 });
    const headers = await page.locator('table.comparison-table thead th').allTextContents();
    expect(headers).toHaveLength(7);
    expect(
      await page
        .locator('table.comparison-table tbody tr')
        .first()
        .evaluate((r) => getComputedStyle(r).display),
    ).toBe('table-row');
  });
});
