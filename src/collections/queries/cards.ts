/**
 * The card image of every indexable page, keyed by card id (see `cardId` in site/social.ts).
 * A new kind of page adds its card here; the build-level tests check that every page's
 * `og:image` exists.
 */
import { LANGS } from '../../i18n/langs';
import { useTranslations } from '../../i18n';
import type { CardContent } from '../../cards/card';
import { authorLine } from '../../content/views/papers';
import { correctionsPath, glossaryPath, homePath, paperPath, searchPath } from '../../site/routes';
import { papersListPath } from '../../site/pagination';
import { cardId } from '../../site/social';
import { loadDigest, loadPapers, loadVocabulary } from '.';

/** Every card of the site with the id its page refers to. */
export async function pageCards(): Promise<{ id: string; card: CardContent }[]> {
  const venueName = Object.values((await loadVocabulary()).venues)[0]?.name ?? 'ICLR 2025';
  const editions = await Promise.all(
    LANGS.map(async (lang) => {
      const t = useTranslations(lang);
      const [{ introData }, papers] = await Promise.all([loadDigest(lang), loadPapers(lang)]);
      const base = { lang, eyebrow: t('site.name'), venue: venueName };
      return [
        { id: cardId(homePath(lang)), card: { ...base, title: introData.title } },
        { id: cardId(searchPath(lang)), card: { ...base, title: t('search.title') } },
        { id: cardId(papersListPath(lang)), card: { ...base, title: t('list.title') } },
        { id: cardId(glossaryPath(lang)), card: { ...base, title: t('glossary.title') } },
        { id: cardId(correctionsPath(lang)), card: { ...base, title: t('corrections.title') } },
        ...papers.map(({ view }) => ({
          id: cardId(paperPath(lang, view.slug)),
          card: {
            ...base,
            venue: view.venue.name,
            title: view.prose.title,
            ...(lang === 'ja' ? { subtitle: view.facts.originalTitle } : {}),
            authors: authorLine(
              view.authors.map((a) => a.name),
              'en',
            ),
          },
        })),
      ];
    }),
  );
  return editions.flat();
}
