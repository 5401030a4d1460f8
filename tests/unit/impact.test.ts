/**
 * The home page's cross-paper impact table (src/content/views/impact.ts), fed with the real digest rows.
 */
import { describe, expect, test } from 'vitest';
import { crossPaperRows } from '../../src/content/views/impact';
import { paperPath } from '../../src/site/routes';
import { digestSchema, isDigestIntro, type DigestImpactRow } from '../../src/content/schema';
import { get, readRealContent, realFacts, realSlugs, splitMdx } from './support/content';
import { impactRow } from './support/builders';

function introRows(lang: 'ja' | 'en'): DigestImpactRow[] {
  const intro = digestSchema.parse(
    splitMdx(get(readRealContent(), `digest/${lang}/intro.mdx`)).data,
  );
  if (!isDigestIntro(intro)) throw new Error('test setup: not an intro');
  return intro.impact;
}

/** The real papers in display order, with their page links. */
const papers = (lang: 'ja' | 'en') =>
  realSlugs()
    .map((slug) => ({ slug, order: realFacts(slug).order }))
    .sort((a, b) => a.order - b.order)
    .map(({ slug }) => ({ slug, href: paperPath(lang, slug) }));

describe('crossPaperRows', () => {
  test.each(['ja', 'en'] as const)(
    // The rows come reversed: the result follows the papers list, not the rows.
    "orders the real %s rows by the papers' display order and links each paper",
    (lang) => {
      const list = papers(lang);
      const rows = crossPaperRows([...introRows(lang)].reverse(), list);
      expect(rows.map((r) => r.paper?.slug)).toEqual(list.map((p) => p.slug));
      expect(rows.map((r) => r.paper?.href)).toEqual(list.map((p) => p.href));
      expect(rows[0]?.paper?.href).toBe(
        lang === 'ja'
          ? '/papers/test-time-adaptation-regression/'
          : '/en/papers/test-time-adaptation-regression/',
      );
    },
  );

  test('moves paper and theme into the paper link and keeps the other columns', () => {
    expect(crossPaperRows([impactRow('b')], [{ slug: 'b', href: '/papers/b/' }])).toEqual([
      {
        area: 'a',
        impact: 'i',
        stakeholders: 's',
        risk: 'r',
        paper: { slug: 'b', theme: 't', href: '/papers/b/' },
      },
    ]);
  });

  test('does not reorder the rows it is given', () => {
    const rows = introRows('en');
    const before = rows.map((r) => r.paper);
    crossPaperRows([...rows].reverse(), papers('en'));
    crossPaperRows(rows, [...papers('en')].reverse());
    expect(rows.map((r) => r.paper)).toEqual(before);
  });

  test('throws on a row for an unknown paper, naming it', () => {
    const rows = [
      ...introRows('ja'),
      { ...(introRows('ja')[0] as DigestImpactRow), paper: 'no-such-paper' },
    ];
    expect(() => crossPaperRows(rows, papers('ja'))).toThrow(
      'impact row for unknown paper "no-such-paper"',
    );
  });

  test('returns no rows for no rows', () => {
    expect(crossPaperRows([], papers('ja'))).toEqual([]);
  });
});
