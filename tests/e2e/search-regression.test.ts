/**
 * The search regression suite: queries readers type (Japanese, English, mixed, abbreviations,
 * full- and half-width forms, katakana and kanji variants, compound terms) into the header's
 * search dialog of the production build, each with the paper that must come first and, where
 * it matters, the section that must be offered under it.
 */
import { describe, expect, test } from 'vitest';
import { dialogSearch, openDialog } from '../support/search-dialog';
import { CASES, EMPTY } from '../support/search-cases';
import { type Lang, page, problems, site, useSite } from '../support/site';

const paper = (lang: Lang, slug: string) => `${lang === 'en' ? '/en' : ''}/papers/${slug}/`;

let current: Lang | undefined;

useSite();

async function ensureDialog(lang: Lang): Promise<void> {
  if (current === lang && (await page.$('dialog.search-dialog[open]'))) return;
  await page.goto(site.url(lang === 'en' ? '/en/' : '/'), { waitUntil: 'load' });
  await openDialog(page);
  current = lang;
}

describe(`search regression suite (${CASES.length} queries)`, () => {
  test('has at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CASES)('%s “%s” → %s (%s)', async (lang, query, slug, _kind, section) => {
    await ensureDialog(lang);
    const out = await dialogSearch(page, query);
    const first = out.groups[0] ?? [];
    expect(
      first[0],
      `first result for “${query}”; all: ${out.groups.map((g) => g[0]).join(', ')} (status “${out.status}”)`,
    ).toBe(paper(lang, slug));
    if (section)
      expect(first.slice(1), `sections offered under the first result for “${query}”`).toContain(
        `${paper(lang, slug)}#${section}`,
      );
  });

  test.each(EMPTY)('%s “%s” finds nothing (%s)', async (lang, query) => {
    await ensureDialog(lang);
    const out = await dialogSearch(page, query);
    expect(out.groups).toEqual([]);
  });

  test('no console errors, page errors or failed requests while searching', () => {
    expect(problems.summary()).toEqual({});
  });
});
