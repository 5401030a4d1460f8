/**
 * Issue 14 on the built site (dist/): every paper page ends with its Sources list and the date its
 * facts were last checked, and lists its corrections; every societal-impact table carries its
 * label; each edition has a corrections page, linked from its home page, holding every entry of
 * content/corrections.yaml; and both RSS feeds carry the corrections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { contentSlugs, readDist as read, requireBuild } from '../support/dist';

requireBuild();
const contentDir = join(import.meta.dirname, '../../content');
const slugs = contentSlugs();
const corrections = yaml.load(readFileSync(join(contentDir, 'corrections.yaml'), 'utf8')) as {
  id: string;
  paper?: string;
}[];
const editions = [
  { lang: 'ja', prefix: '' },
  { lang: 'en', prefix: 'en/' },
] as const;

describe.each(editions)('the $lang edition', ({ prefix }) => {
  test.each(slugs)(
    'papers/%s ends with its sources, its last-checked date and its corrections',
    (slug) => {
      const html = read(`${prefix}papers/${slug}/index.html`);
      const sources = html.slice(html.indexOf('id="sources"'));
      expect(html.indexOf('id="sources"'), 'a #sources section').toBeGreaterThan(
        html.indexOf('id="cite"'),
      );
      const arxiv = (
        yaml.load(readFileSync(join(contentDir, 'papers', slug, 'paper.yaml'), 'utf8')) as {
          arxiv: string;
        }
      ).arxiv;
      expect(sources).toContain(`href="https://arxiv.org/abs/${arxiv}"`);
      expect(sources).toContain('href="https://group.ntt/jp/topics/2025/04/22/iclr2025.html"');
      expect(sources).toMatch(/class="last-checked"[^>]*>[^<]*(2026年11月30日|30 November 2026)/);
      for (const c of corrections.filter((x) => x.paper === slug))
        expect(sources, c.id).toContain(`corrections/#${c.id}"`);
    },
  );

  test("every societal-impact table carries the label saying it is the digest's own assessment", () => {
    for (const rel of [
      `${prefix}index.html`,
      ...slugs.map((s) => `${prefix}papers/${s}/index.html`),
    ]) {
      const html = read(rel);
      const tables = html.match(/<table class="impact-table[\s\S]*?<\/caption>/g) ?? [];
      expect(tables.length, rel).toBeGreaterThan(0);
      for (const t of tables)
        expect(t, rel).toMatch(/class="table-label"[^>]*>[\s\S]*(本ダイジェスト|digest)/);
    }
  });

  test('the corrections page lists every correction, and the home page links to it', () => {
    const page = read(`${prefix}corrections/index.html`);
    for (const c of corrections) expect(page, c.id).toContain(`id="${c.id}"`);
    expect(read(`${prefix}index.html`)).toMatch(new RegExp(`href="/${prefix}corrections/"`));
  });

  test('the RSS feed has an item for every correction, linking its entry', () => {
    const feed = read(`${prefix}rss.xml`);
    for (const c of corrections)
      expect(feed, c.id).toMatch(new RegExp(`<link>[^<]*/${prefix}corrections/#${c.id}</link>`));
  });
});
