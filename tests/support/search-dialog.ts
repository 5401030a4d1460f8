/**
 * Drives the header's search dialog (dialog.search-dialog: input#sd-input, a listbox of
 * [role=group] results whose first option is the page and the rest its matching sections).
 */
import type { Page } from 'playwright-core';

export interface DialogOutcome {
  /** Text of the status line. */
  status: string;
  /** For each result: the page's href, then its sections' hrefs (decoded paths with #ids). */
  groups: string[][];
}

/** Opens the dialog with "/" (the page must be loaded and nothing focused that takes text). */
export async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog.search-dialog[open] #sd-input');
  await page.waitForFunction(() => document.activeElement?.id === 'sd-input');
}

/** Replaces the query and waits until the dialog has answered it (status line filled in, list settled). */
export async function dialogSearch(
  page: Page,
  query: string,
  timeout = 10_000,
): Promise<DialogOutcome> {
  await page.evaluate(() => {
    const status = document.querySelector('.sd-status');
    if (status) status.textContent = '';
  });
  await page.fill('#sd-input', query);
  try {
    // Titles show first (the list is aria-busy) and the status line holds a no-break space
    // until the results are checked and complete.
    await page.waitForFunction(
      () =>
        (document.querySelector('.sd-status')?.textContent ?? '').trim() !== '' &&
        document.querySelector('#sd-results')?.getAttribute('aria-busy') !== 'true',
      undefined,
      { timeout },
    );
  } catch {
    // The assertions report what the dialog shows.
  }
  const status = ((await page.textContent('.sd-status')) ?? '').trim();
  const groups = await page.$$eval('#sd-results [role=group]', (gs) =>
    gs.map((g) =>
      [...g.querySelectorAll('a[role=option]')].map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return decodeURIComponent(u.pathname + u.hash);
      }),
    ),
  );
  return { status, groups };
}
