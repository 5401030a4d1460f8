/**
 * Site search in Chromium, as a reader uses it: a query typed into the search box of each edition
 * puts the right paper first and is kept in the address; the page works from the keyboard; `?q=`
 * runs a search on load; a result opens its paper, whose h1 is the result's title. (A glossary
 * entry per edition is tests/unit/search-index.test.ts; on this page the keyboard test below Tabs
 * past one. Every result is the home page or a paper page, titled as that page's h1:
 * tests/build/search-index.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import {
  searchPagePath,
  typeQuery,
  waitForSearch,
  type SearchOutcome,
} from '../support/search-page';
import { PUDM, TTA, WAVE } from '../support/search-cases';
import { type Lang, page, paperPath, pathOf, problems, ROOT, site, useSite } from '../support/site';

/**
 * A query typed into each edition's search page, with the paper that must come first. These and
 * many more are ranked through the same search code in Node, on the same index files, by
 * tests/build/search-index.test.ts (tests/support/search-cases.ts).
 */
const TYPED: Record<Lang, [string, string][]> = {
  ja: [['位置符号化', WAVE]],
  en: [['test-time adaptation', TTA]],
};

/** The paper's title in an edition, from its MDX frontmatter. */
function paperTitle(slug: string, lang: Lang): string {
  const source = readFileSync(join(ROOT, 'content', 'papers', slug, `${lang}.mdx`), 'utf8');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const { title } = load(front) as { title?: unknown };
  return typeof title === 'string' ? title : '';
}

function expectFirst(outcome: SearchOutcome, lang: Lang, slug: string, query: string): void {
  if (outcome.status === dictionaries[lang]['search.unavailable']) {
    throw new Error(
      `The search page could not load Pagefind for “${query}”: it shows “${outcome.status}” instead of results.`,
    );
  }
  expect(
    outcome.hrefs.length,
    `results for “${query}” (status: “${outcome.status}”)`,
  ).toBeGreaterThan(0);
  expect(
    pathOf(outcome.hrefs[0]!),
    `first result for “${query}”; all results: ${outcome.hrefs.map((h) => pathOf(h)).join(', ')}`,
  ).toBe(paperPath(lang, slug));
}

useSite();

for (const lang of ['ja', 'en'] as const) {
  describe(`${searchPagePath(lang)}: typed queries put the right paper first`, () => {
    beforeAll(async () => {
      problems.reset();
      await page.goto(site.url(searchPagePath(lang)), { waitUntil: 'load' });
    });

    test.each(TYPED[lang])('“%s” → %s', async (query, slug) => {
      const outcome = await typeQuery(page, lang, query);
      expectFirst(outcome, lang, slug, query);
      // The query is kept in the address, so the results can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    });

    test('a query with no match says so and lists nothing', async () => {
      const query = 'zqxjv';
      const outcome = await typeQuery(page, lang, query);
      expect(outcome.hrefs).toEqual([]);
      expect(outcome.status).toBe(dictionaries[lang]['search.noResults'].replace('{query}', query));
    });

    test('searching caused no console errors, page errors or failed requests', () => {
      expect(problems.summary()).toEqual({});
    });
  });
}

describe('/en/search/ status line', () => {
  test('a single result is counted in the singular (“1 result”)', async () => {
    await page.goto(site.url('/en/search/'), { waitUntil: 'load' });
    // An author's family name appears on one paper page only (cards and lists are not indexed).
    const outcome = await typeQuery(page, 'en', 'Hamagami');
    expect(outcome.hrefs).toHaveLength(1);
    expect(outcome.status).toBe('1 result');
  });

  test('/en/search/?q=diffusoin shows the results for “diffusion” and says so', async () => {
    await page.goto(site.url('/en/search/?q=diffusoin'), { waitUntil: 'load' });
    const outcome = await waitForSearch(page, 'en', 'diffusoin');
    expect(outcome.status).toMatch(/^Showing results for “diffusion”\. /);
    expect(outcome.hrefs[0]).toBe(site.url('/en/papers/pu-diffusion-models/'));
  });
});

describe('searching the other edition', () => {
  test('the “search the Japanese edition” link on /en/search/ runs the same query on /search/', async () => {
    await page.goto(site.url('/en/search/'), { waitUntil: 'load' });
    expectFirst(await typeQuery(page, 'en', 'RoPE'), 'en', WAVE, 'RoPE');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/search/'),
      page.click('.search-other a'),
    ]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('RoPE');
    expect(await page.inputValue('#search-input')).toBe('RoPE');
    expectFirst(await waitForSearch(page, 'ja', 'RoPE'), 'ja', WAVE, 'RoPE');
  });
});

describe('keyboard use of /search/', () => {
  // Reaching the box by Tab, from the skip link on, is the Tab walk of tests/e2e/keyboard.test.ts.
  test('typing in the search box shows results, Tab reaches the first result, Enter opens the paper', async () => {
    problems.reset();
    await page.goto(site.url('/search/'), { waitUntil: 'load' });
    await page.focus('#search-input');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
          : '';
      });

    const query = '拡散モデル';
    await page.keyboard.type(query);
    const outcome = await waitForSearch(page, 'ja', query);
    expectFirst(outcome, 'ja', PUDM, query);

    // The search button sits between the box and the results, and the glossary entry the query
    // names (拡散モデル) comes above them; the next stop is the first result.
    const after: string[] = [];
    for (let i = 0; i < 3 && !(await focused()).startsWith('a.result-title'); i += 1) {
      await page.keyboard.press('Tab');
      after.push(await focused());
    }
    expect(after, `focus path after the search box: ${after.join(' → ')}`).toEqual([
      'button',
      'a.search-term-name',
      'a.result-title',
    ]);
    const link = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      return { href: a.href, text: a.textContent };
    });
    expect(link).toEqual({ href: outcome.hrefs[0], text: paperTitle(PUDM, 'ja') });

    await Promise.all([
      page.waitForURL((u) => u.pathname === paperPath('ja', PUDM)),
      page.keyboard.press('Enter'),
    ]);
    expect((await page.textContent('h1'))?.trim()).toBe(paperTitle(PUDM, 'ja'));
    expect(problems.summary()).toEqual({});
  });
});
