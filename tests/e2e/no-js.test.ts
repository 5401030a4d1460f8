/**
 * The site is readable with JavaScript switched off: on every built page the main content,
 * every table (with all its rows) and every formula are rendered and visible, and the search
 * page says plainly that search needs JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { builtPages, DESKTOP, page, problems, settle, site, useSite } from '../support/site';

const PAGES = builtPages();

useSite({ javaScriptEnabled: false, viewport: DESKTOP });

/** Visibility facts about the page as rendered without scripts. */
function inspect(p: Page) {
  return p.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        s.visibility !== 'hidden' &&
        s.display !== 'none' &&
        Number(s.opacity) > 0
      );
    };
    const main = document.querySelector('main');
    const tables = [...document.querySelectorAll('main table')];
    const katex = [...document.querySelectorAll('main .katex')];
    return {
      // The site's custom elements are defined by its scripts: none may be.
      scriptsRan: ['search-page', 'copy-block'].some(
        (name) => customElements.get(name) !== undefined,
      ),
      h1: [...document.querySelectorAll('h1')]
        .filter(shown)
        .map((h) => h.textContent?.trim() ?? ''),
      mainText: main && shown(main) ? main.innerText.trim().length : 0,
      hiddenHeadings: [...document.querySelectorAll('main h2, main h3')]
        .filter((h) => !shown(h))
        .map((h) => h.id || h.textContent?.trim()),
      tables: tables.length,
      hiddenTables: tables
        .filter((t) => !shown(t))
        .map((t) => t.querySelector('caption')?.textContent?.trim() ?? '(no caption)'),
      hiddenRows: tables.flatMap((t) => [...t.querySelectorAll('tr')]).filter((tr) => !shown(tr))
        .length,
      math: katex.length,
      hiddenMath: katex.filter((k) => !shown(k)).length,
      noscript: [...document.querySelectorAll('.notice')]
        .filter(shown)
        .map((n) => n.textContent?.trim() ?? ''),
    };
  });
}

describe.each(PAGES)('$path without JavaScript', (info) => {
  test('shows its content, tables and math', async () => {
    problems.reset();
    await page.goto(site.url(info.path), { waitUntil: 'load' });
    const facts = await inspect(page);
    // Measuring laid out every section, which may have started font loads: let them finish.
    await settle(page, { scripts: false });
    expect(facts.scriptsRan, 'scripts really are off').toBe(false);
    expect(facts.h1.length, 'a visible <h1>').toBe(1);
    expect(facts.mainText, 'visible text in <main>').toBeGreaterThan(
      info.kind === 'home' || info.kind === 'paper' ? 400 : 20,
    );
    expect(facts.hiddenHeadings, 'section headings hidden').toEqual([]);
    expect(facts.hiddenTables, 'tables hidden').toEqual([]);
    expect(facts.hiddenRows, 'table rows hidden').toBe(0);
    expect(facts.hiddenMath, 'formulas hidden').toBe(0);
    if (info.kind === 'home' || info.kind === 'paper')
      expect(facts.tables, 'the impact table is there').toBeGreaterThan(0);
    if (info.kind === 'paper') expect(facts.math, 'formulas on a paper page').toBeGreaterThan(0);
    if (info.kind === 'search')
      expect(facts.noscript).toContain(dictionaries[info.lang]['search.noscript']);
    expect(problems.summary()).toEqual({});
  });
});
