/**
 * The adapter between `astro:content` and the pure view builders in `src/content/views/`.
 * Pages call these; components never fetch collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Correction, GlossaryEntry } from '../../content/schema';
import type { Lang } from '../../i18n/langs';
import { isDigestIntro } from '../../content/schema';
import { paperView, sortPapers, type PaperView, type Vocabulary } from '../../content/views/papers';
import { headingsOf, readRenderedHtml } from '../rendered-html';
import { withFigureImages } from './figure-images';
import type { HeadingInfo } from '../../content/views/toc';

export interface PaperEntry {
  view: PaperView;
  entry: CollectionEntry<'papers'>;
}

const byId = <T extends { id: string; data: unknown }>(entries: T[]) =>
  Object.fromEntries(entries.map((e) => [e.id, e.data])) as Record<string, T['data']>;

let vocabulary: Promise<Vocabulary> | undefined;

/** Tags, affiliations and venues, loaded once per build (on each request on the development server, where they may change). */
export function loadVocabulary(): Promise<Vocabulary> {
  if (import.meta.env.DEV) vocabulary = undefined;
  vocabulary ??= Promise.all([
    getCollection('tags'),
    getCollection('affiliations'),
    getCollection('venues'),
  ]).then(([tags, affiliations, venues]) => ({
    tags: byId(tags),
    affiliations: byId(affiliations),
    venues: byId(venues),
  }));
  return vocabulary;
}

/** Every paper of one edition, in display order. */
export async function loadPapers(lang: Lang): Promise<PaperEntry[]> {
  const [vocab, facts, prose] = await Promise.all([
    loadVocabulary(),
    getCollection('paperFacts'),
    getCollection('papers'),
  ]);
  const factsBySlug = new Map(facts.map((f) => [f.id, f.data]));
  const list = prose
    .filter((entry) => entry.id.endsWith(`/${lang}`))
    .map((entry) => {
      const slug = entry.id.split('/')[0] as string;
      const f = factsBySlug.get(slug);
      if (!f) throw new Error(`content/papers/${slug}/paper.yaml is missing`);
      return { view: paperView(slug, lang, f, entry.data, vocab), entry, slug, order: f.order };
    });
  return sortPapers(list).map(({ view, entry }) => ({ view, entry }));
}

/**
 * A paper's body: its HTML (kept in a file by the papers' loader, with the pictures of raster
 * image figures put in: ./figure-images.ts) and its headings.
 */
export async function loadPaperBody(
  entry: CollectionEntry<'papers'>,
): Promise<{ html: string; headings: HeadingInfo[] }> {
  const lang: Lang = entry.id.endsWith('/en') ? 'en' : 'ja';
  return {
    html: await withFigureImages(await readRenderedHtml(entry), lang),
    headings: headingsOf(entry),
  };
}

/** The home page's introduction, outlook and "about this digest" for one edition. */
export async function loadDigest(lang: Lang) {
  const entries = await getCollection('digest', (e) => e.id.startsWith(`${lang}/`));
  const intro = entries.find((e) => e.id === `${lang}/intro`);
  const outlook = entries.find((e) => e.id === `${lang}/outlook`);
  const about = entries.find((e) => e.id === `${lang}/about`);
  if (!intro || !isDigestIntro(intro.data) || !outlook || !about)
    throw new Error(`content/digest/${lang}/ needs intro.mdx, outlook.mdx and about.mdx`);
  return { intro, introData: intro.data, outlook, about };
}

/** The glossary's entries by id (empty when the content has no glossary). */
export async function loadGlossary(): Promise<Record<string, GlossaryEntry>> {
  return byId(await getCollection('glossary'));
}

/** The corrections log, in file order (empty when the content has none). */
export async function loadCorrections(): Promise<Correction[]> {
  return (await getCollection('corrections')).map((e) => e.data as Correction);
}
