/**
 * The real content, file by file, through the schemas Astro uses (src/content/schema.ts), plus the
 * rules between files that the pages rely on.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  affiliationSchema,
  digestSchema,
  isDigestIntro,
  paperFactsSchema,
  paperProseSchema,
  tagSchema,
  venueSchema,
} from '../../src/content/schema';
import { LANGS } from '../../src/i18n/langs';
import { normaliseText } from '../../src/lint';
import { get, readRealContent, realSlugs, realVocabulary } from './support/content';

const files = readRealContent();
const slugs = realSlugs();
const frontmatter = (path: string) =>
  parseFrontmatter(normaliseText(get(files, path)), { frontmatter: 'empty-with-lines' })
    .frontmatter;

describe('content/data', () => {
  test.each([
    ['data/tags.yaml', tagSchema],
    ['data/affiliations.yaml', affiliationSchema],
    ['data/venues.yaml', venueSchema],
  ] as const)('every entry of %s matches its schema', (path, schema) => {
    const data = yaml.load(get(files, path)) as Record<string, unknown>;
    expect(Object.keys(data).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(data)) {
      const result = schema.safeParse(value);
      expect(result.success, `${path} → ${key}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });
});

describe('content/papers', () => {
  test('holds the four papers', () => {
    expect(slugs).toHaveLength(4);
  });

  test.each(slugs)('%s has paper.yaml, ja.mdx and en.mdx', (slug) => {
    for (const file of ['paper.yaml', ...LANGS.map((l) => `${l}.mdx`)])
      expect(files.has(`papers/${slug}/${file}`), `papers/${slug}/${file}`).toBe(true);
  });

  test.each(slugs)(
    '%s/paper.yaml matches the schema and names known tags, affiliations and venue',
    (slug) => {
      const result = paperFactsSchema.safeParse(yaml.load(get(files, `papers/${slug}/paper.yaml`)));
      expect(result.error?.issues ?? []).toEqual([]);
      const facts = paperFactsSchema.parse(yaml.load(get(files, `papers/${slug}/paper.yaml`)));
      const vocab = realVocabulary();
      expect(facts.tags.filter((t) => !vocab.tags[t])).toEqual([]);
      expect(
        facts.authors
          .flatMap((a) => [...a.affiliations, ...a.unconfirmedAffiliations])
          .filter((k) => !vocab.affiliations[k]),
      ).toEqual([]);
      expect(vocab.venues[facts.venue]).toBeDefined();
    },
  );

  test('gives every paper its own order, arXiv id, OpenReview id and BibTeX key', () => {
    const all = slugs.map((slug) =>
      paperFactsSchema.parse(yaml.load(get(files, `papers/${slug}/paper.yaml`))),
    );
    for (const field of ['order', 'arxiv', 'bibtexKey', 'openreview'] as const) {
      const values = all.map((f) => f[field]).filter((v) => v !== undefined);
      expect(new Set(values).size, field).toBe(values.length);
    }
    expect(all.map((f) => f.order).sort()).toEqual([1, 2, 3, 4]);
  });

  test.each(slugs.flatMap((slug) => LANGS.map((lang) => [slug, lang] as const)))(
    '%s/%s.mdx frontmatter matches the schema',
    (slug, lang) => {
      const result = paperProseSchema.safeParse(frontmatter(`papers/${slug}/${lang}.mdx`));
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  // The two editions do not have the same number of impact rows for every paper (ja 4/4/4/4,
  // en 3/3/4/3 at the time of writing), which the content guide allows: each must have at least one.
  test.each(slugs)('%s has at least one impact row in each edition', (slug) => {
    for (const lang of LANGS) {
      const prose = paperProseSchema.parse(frontmatter(`papers/${slug}/${lang}.mdx`));
      expect(prose.impact.length, `${slug} ${lang}`).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('content/digest', () => {
  test.each(
    LANGS.flatMap((lang) =>
      (['intro', 'outlook', 'about'] as const).map((kind) => [lang, kind] as const),
    ),
  )('digest/%s/%s.mdx matches the schema with the right kind', (lang, kind) => {
    const data = digestSchema.parse(frontmatter(`digest/${lang}/${kind}.mdx`));
    expect(data.kind).toBe(kind);
  });

  test.each(LANGS)('the %s intro impact table lists each paper exactly once', (lang) => {
    const intro = digestSchema.parse(frontmatter(`digest/${lang}/intro.mdx`));
    if (!isDigestIntro(intro)) throw new Error('not an intro');
    expect([...intro.impact.map((r) => r.paper)].sort()).toEqual(slugs);
  });

  test('both intro tables list the papers in the same order', () => {
    const order = LANGS.map((lang) => {
      const intro = digestSchema.parse(frontmatter(`digest/${lang}/intro.mdx`));
      return isDigestIntro(intro) ? intro.impact.map((r) => r.paper) : [];
    });
    expect(order[0]).toEqual(order[1]);
  });
});
