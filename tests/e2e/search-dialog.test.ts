/**
 * The header's search in Chromium: nothing is fetched before the reader reaches for search; "/"
 * and Ctrl/⌘+K open a modal dialog; arrows, Enter and Esc work and focus returns; filters
 * narrow results; the opened page marks the searched words; a glossary term shows its entry; a
 * typo is retried; one announcement per settled list; keyboard hints only with a keyboard;
 * without JavaScript the control is a link to the search page; titles show before the pages'
 * files arrive, and filling in their excerpts moves no title. (A term's first use linked to its
 * glossary entry: tests/unit/glossary.test.ts, with the entry's anchor checked by
 * tests/build/links.test.ts. Excerpts read formulas as text and hold no page chrome because the
 * page files they are cut from do: tests/build/search-index.test.ts.)
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { launch } from '../support/browser';
import { settledFrame } from '../support/deferred';
import { dialogSearch, openDialog } from '../support/search-dialog';
import { closeAfterTest, page, problems, site, useSite } from '../support/site';

const LMC = '/papers/linear-mode-connectivity-weight-matching/';
const PUDM = '/papers/pu-diffusion-models/';
const WAVE = '/papers/wavelet-positional-representation/';

const requested: string[] = [];

useSite();
beforeAll(() => {
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
});

async function fresh(path: string): Promise<void> {
  problems.reset();
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
}

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset['searchTrigger'] !== undefined ? '[data-search-trigger]' : ''}`
      : '';
  });

describe('loading on demand', () => {
  test('a page load fetches no search code or index; focusing the control preloads them', async () => {
    requested.length = 0;
    await fresh(WAVE);
    expect(
      requested.filter(
        (p) =>
          p.includes('/search-index/') ||
          p.includes('search-data') ||
          /dialog|engine|render/.test(p),
      ),
    ).toEqual([]);
    const [meta, data] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/search-index/ja/meta.json')),
      page.waitForResponse((r) => r.url().includes('/search-data.json')),
      page.focus('a[data-search-trigger]'),
    ]);
    // Anything the preload would fetch next, it fetches once these have arrived and been read.
    await Promise.all([meta.finished(), data.finished()]);
    await settledFrame(page);
    const after = requested.join('\n');
    expect(after).toContain('/search-index/ja/meta.json');
    expect(after).toContain('/search-data.json');
    // Shards and pages depend on the query: none is fetched before one is typed.
    expect(after).not.toMatch(/\/search-index\/ja\/\w+\/[sd]\//);
    expect(after).not.toContain('/pagefind/');
  });
});

describe('the dialog by keyboard', () => {
  test('"/" opens a modal dialog with the search box focused; the page behind is inert', async () => {
    await fresh('/');
    await openDialog(page);
    const info = await page.evaluate(() => {
      const d = document.querySelector('dialog.search-dialog') as HTMLDialogElement;
      return {
        modal: d.matches(':modal'),
        label: document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent,
        role: document.activeElement?.getAttribute('role'),
      };
    });
    expect(info).toEqual({
      modal: true,
      label: dictionaries.ja['search.dialogTitle'],
      role: 'combobox',
    });
  });

  test('arrows move through results and their sections, Enter opens the active one, the page marks the words', async () => {
    const out = await dialogSearch(page, 'RoPE');
    expect(out.groups[0]?.[0]).toBe(WAVE);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.evaluate(() => {
      const input = document.querySelector('#sd-input') as HTMLInputElement;
      const id = input.getAttribute('aria-activedescendant') ?? '';
      const el = document.getElementById(id) as HTMLAnchorElement | null;
      return {
        selected: el?.getAttribute('aria-selected'),
        href: el?.getAttribute('href'),
        count: document.querySelectorAll('[aria-selected=true]').length,
      };
    });
    expect(active.selected).toBe('true');
    expect(active.count).toBe(1);
    // The second option is the first result's first section (hrefs compared decoded: ids may be Japanese).
    expect(
      active.href
        ? decodeURIComponent(
            new URL(active.href, site.origin).pathname + new URL(active.href, site.origin).hash,
          )
        : undefined,
    ).toBe(out.groups[0]?.[1]);
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL((u) => u.pathname === WAVE), page.keyboard.press('Enter')]);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m?.toLowerCase() === 'rope')).toBe(true);
    // Marks stay out of formulas and are forgotten on reload.
    expect(await page.$$eval('.katex mark', (ms) => ms.length)).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.$$('mark.search-hit')).toHaveLength(0);
  });

  test('Esc closes the dialog and focus returns to the control that opened it', async () => {
    await fresh('/en/');
    await page.focus('a[data-search-trigger]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await focused()).toBe('input#sd-input');
    await page.keyboard.press('Escape');
    await page
      .waitForSelector('dialog.search-dialog[open]', { state: 'detached', timeout: 2000 })
      .catch(() => undefined);
    expect(await page.$('dialog.search-dialog[open]')).toBeNull();
    expect(await focused()).toBe('a[data-search-trigger]');
  });

  test('Ctrl+K opens it from anywhere; focus returns to the element that had it', async () => {
    await fresh(LMC);
    await page.focus('a.site-name');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await focused()).toBe('input#sd-input');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-name');
  });

  test('"/" typed into a text field is just a character', async () => {
    await fresh('/search/');
    await page.focus('#search-input');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-input')).toBe('a/b');
    expect(await page.$('dialog.search-dialog[open]')).toBeNull();
  });

  test('no console errors, page errors or failed requests', () => {
    expect(problems.summary()).toEqual({});
  });
});

describe('filters', () => {
  test('in the dialog, the laboratory filter keeps only that lab’s papers', async () => {
    await fresh('/');
    await openDialog(page);
    await page.waitForFunction(
      () => (document.querySelector('select[name=lab]') as HTMLSelectElement).options.length > 1,
    );
    await page.selectOption('dialog select[name=lab]', 'NTT社会情報研究所');
    await page.focus('#sd-input');
    const out = await dialogSearch(page, 'モデル');
    expect(out.groups.map((g) => g[0])).toEqual([LMC]);
  });

  test('on the search page, the topic filter keeps only papers with that tag, and ?q= is kept', async () => {
    await fresh('/search/?q=%E3%83%A2%E3%83%87%E3%83%AB');
    await page.waitForSelector('ol.search-results a.result-title');
    const all = await page.$$eval('ol.search-results a.result-title', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(all.length).toBeGreaterThan(1);
    await page.selectOption('.search-filters select[name=tag]', '拡散モデル');
    await page.waitForFunction(
      () => document.querySelectorAll('ol.search-results a.result-title').length === 1,
    );
    expect(
      await page.$$eval('ol.search-results a.result-title', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      ),
    ).toEqual([PUDM]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('モデル');
  });
});

describe('?q= links', () => {
  test('clicking a result on the search page marks the words on the paper', async () => {
    await fresh(`/en/search/?q=wavelet`);
    await page.waitForSelector('ol.search-results a.result-title');
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/en${WAVE}`),
      page.click('ol.search-results a.result-title'),
    ]);
    await page.waitForSelector('mark.search-hit');
    expect(
      (
        await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent?.toLowerCase()))
      ).every((t) => t?.startsWith('wavelet')),
    ).toBe(true);
  });
});

describe('results a reader can read', () => {
  test.each([
    ['ja', '/', '拡散モデル', '/glossary/#diffusion-model'],
    ['en', '/en/', 'diffusion model', '/en/glossary/#diffusion-model'],
  ] as const)(
    'a query naming a glossary term shows its entry above the results (%s)',
    async (lang, home, query, href) => {
      await fresh(home);
      await openDialog(page);
      const out = await dialogSearch(page, query);
      expect(out.groups.length).toBeGreaterThan(0);
      const entry = await page.$eval('.sd-terms .search-term', (el) => {
        const a = el.querySelector('a') as HTMLAnchorElement;
        const list = document.querySelector('#sd-results') as HTMLElement;
        return {
          href: a.getAttribute('href'),
          name: a.textContent,
          definition: el.querySelector('.search-term-def')?.textContent ?? '',
          above: el.getBoundingClientRect().bottom <= list.getBoundingClientRect().top,
        };
      });
      expect(entry.href).toBe(href);
      expect(entry.name).toBe(
        dictionaries[lang]['search.glossaryMatch'].replace(
          '{terms}',
          lang === 'ja' ? '拡散モデル' : 'diffusion model',
        ),
      );
      expect(entry.definition.length).toBeGreaterThan(20);
      expect(entry.above).toBe(true);
      // The glossary page has that entry.
      const res = await page.request.get(site.url(href.split('#')[0] as string));
      expect(await res.text()).toContain(`id="diffusion-model"`);
    },
  );

  test('a typo finds the word one edit away and says so', async () => {
    await fresh('/en/');
    await openDialog(page);
    const out = await dialogSearch(page, 'diffusoin');
    expect(out.status).toMatch(/^Showing results for “diffusion”\. \d+ results?$/);
    expect(out.groups[0]?.[0]).toBe('/en/papers/pu-diffusion-models/');
  });

  test('one announcement per settled result list, not one per keystroke', async () => {
    await fresh('/');
    await openDialog(page);
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const live = document.querySelector('.sd-live') as HTMLElement;
      new MutationObserver(() => {
        if (live.textContent) w.__said.push(live.textContent);
      }).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.type('拡散モデル', { delay: 80 });
    await page.waitForFunction(() => (window as unknown as { __said: string[] }).__said.length > 0);
    const status = (await page.textContent('.sd-status'))?.trim();
    // Results showed for the partial queries too, but only the settled list is announced.
    expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual([
      status,
    ]);
    expect(await page.getAttribute('.sd-live', 'role')).toBe('status');
  });

  test('keyboard hints show where there is a keyboard, not on a phone', async () => {
    await fresh('/');
    await openDialog(page);
    expect(await page.isVisible('#sd-help')).toBe(true);
    const phone = closeAfterTest(
      await launch({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }),
    );
    const p = await phone.context.newPage();
    await p.goto(site.url('/'), { waitUntil: 'networkidle' });
    await p.tap('a[data-search-trigger]');
    await p.waitForSelector('dialog.search-dialog[open] #sd-input');
    expect(await p.isVisible('.sd-full')).toBe(true);
    expect(await p.isVisible('#sd-help')).toBe(false);
  });
});

describe('accessibility of the open dialog', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations with results shown (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await fresh('/');
      await openDialog(page);
      await dialogSearch(page, '拡散モデル');
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page })
        .include('dialog.search-dialog')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});

describe('without JavaScript', () => {
  // That the search page then says search needs JavaScript: tests/e2e/no-js.test.ts.
  test('the control is a link to the search page, and "/" opens no dialog', async () => {
    const browser = closeAfterTest(await launch({ javaScriptEnabled: false }));
    const p = await browser.context.newPage();
    await p.goto(site.url('/papers/pu-diffusion-models/'), { waitUntil: 'load' });
    await p.keyboard.press('/');
    expect(await p.$('dialog[open]')).toBeNull();
    await Promise.all([
      p.waitForURL((u) => u.pathname === '/search/'),
      p.click('a[data-search-trigger]'),
    ]);
  });
});

describe('titles before excerpts', () => {
  const places = {
    dialog: {
      list: '#sd-results',
      title: '#sd-results .sd-title',
      excerpt: '#sd-results .sd-hit .sd-excerpt',
    },
    page: {
      list: 'ol.search-results',
      title: 'ol.search-results a.result-title',
      excerpt: 'ol.search-results .result-excerpt',
    },
  } as const;

  test.each(['dialog', 'page'] as const)(
    '%s: the titles show while the pages’ files are held back; filling in excerpts moves none',
    async (entry) => {
      const at = places[entry];
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const hold = async (route: Route) => {
        await held;
        await route.continue();
      };
      const files = '**/search-index/*/*/d/*.json';
      await page.route(files, hold);
      try {
        if (entry === 'dialog') {
          await fresh('/');
          await openDialog(page);
          await page.fill('#sd-input', '拡散モデル');
        } else {
          await fresh('/search/');
          await page.fill('#search-input', '拡散モデル');
        }
        await page.waitForSelector(at.title);
        const look = () =>
          page.evaluate((at) => {
            const list = document.querySelector(at.list) as HTMLElement;
            return {
              busy: list.getAttribute('aria-busy'),
              titles: [...document.querySelectorAll(at.title)].map((el) => ({
                text: el.textContent,
                top: Math.round(el.getBoundingClientRect().top),
              })),
              excerpts: [...document.querySelectorAll(at.excerpt)].map((el) => el.innerHTML),
            };
          }, at);
        const first = await look();
        expect(first.busy).toBe('true');
        expect(first.titles.length).toBeGreaterThan(0);
        expect(first.excerpts.every((e) => e === '')).toBe(true);
        release();
        await page.waitForFunction(
          (list) => document.querySelector(list)?.getAttribute('aria-busy') === 'false',
          at.list,
        );
        const done = await look();
        expect(done.titles).toEqual(first.titles);
        expect(done.excerpts.some((e) => e.includes('<mark>'))).toBe(true);
      } finally {
        release();
        await page.unroute(files, hold);
      }
    },
  );
});
