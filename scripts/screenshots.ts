/**
 * Screenshots of built pages at phone and desktop widths, light and dark, for looking at what
 * we ship: `npm run build && node scripts/screenshots.ts [path ...]` writes PNGs to .tmp/shots/
 * (FULL=1: whole pages in slices; FIGURES=1: each figure of the page on its own; PHONE=390x844: the
 * phone's viewport instead of 360×780, its files named phone-390).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { revealDeferredSections } from '../tests/support/deferred.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { builtSite, root } from './lib/report.ts';

const paths = process.argv.slice(2);
const targets = paths.length
  ? paths
  : ['/', '/papers/wavelet-positional-representation/', '/en/', '/search/?q=拡散モデル'];
const out = join(root, '.tmp', 'shots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(builtSite('DIST'));
const browser = await launch();
const phone = /^(\d+)x(\d+)$/.exec(process.env['PHONE'] ?? '');
const sizes: [string, number, number][] = [
  phone ? [`phone-${phone[1]}`, Number(phone[1]), Number(phone[2])] : ['phone', 360, 780],
  ['desktop', 1280, 900],
];
for (const path of targets) {
  for (const [name, width, height] of sizes) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.at(path), { waitUntil: 'networkidle' });
      const stem = join(out, `${path.replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}`);
      if (process.env['FIGURES'] === '1') {
        // Each figure on its own (src/figures/), scrolled into view first, once the deferred
        // sections are laid out (a figure of a section not yet painted would come out blank).
        await revealDeferredSections(page);
        const figures = page.locator('figure.figure');
        for (let i = 0; i < (await figures.count()); i++) {
          await figures.nth(i).scrollIntoViewIfNeeded();
          await figures.nth(i).screenshot({ path: `${stem}-fig${i + 1}.png` });
          console.log(`${stem}-fig${i + 1}.png`);
        }
      } else if (process.env['FULL'] === '1') {
        // The whole page, cut into viewport-high slices that are easy to look at. Sections below
        // the first screen are laid out only near the viewport: bring each in first, as a reader does.
        await revealDeferredSections(page);
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < total; y += height * 2, i++) {
          const clip = { x: 0, y, width, height: Math.min(height * 2, total - y) };
          await page.screenshot({ path: `${stem}-${i}.png`, fullPage: true, clip });
          console.log(`${stem}-${i}.png`);
        }
      } else {
        await page.screenshot({ path: `${stem}.png` });
        console.log(`${stem}.png`);
      }
      await page.close();
    }
  }
}
await browser.close();
await server.close();
