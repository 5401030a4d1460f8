/**
 * Static paths of the paginated lists: all papers (`/papers/`, `/papers/page/<n>/`) and each
 * topic (`/tags/<tag>/`, `/tags/<tag>/page/<n>/`), in both editions. Papers are loaded once per
 * edition and shared by every page of a list.
 */
import { LANGS, type Lang } from '../../i18n/langs';
import { paginate, papersByTag, PER_PAGE, type ListPage } from '../../site/pagination';
import type { PaperView } from '../../content/views/papers';
import { localeParam } from '../../site/routes';
import { loadPapers, loadVocabulary } from '.';

export interface ListProps {
  lang: Lang;
  list: ListPage<PaperView>;
  /** The topic, on a topic's list. */
  tag?: { key: string; label: string };
  /** Every topic with its number of papers (shown on the full list). */
  topics: { key: string; label: string; count: number }[];
}

async function editions() {
  const vocab = await loadVocabulary();
  return Promise.all(
    LANGS.map(async (lang) => {
      const papers = (await loadPapers(lang)).map((p) => p.view);
      const groups = papersByTag(papers);
      const topics = Object.entries(vocab.tags)
        .filter(([key]) => groups.has(key))
        .map(([key, tag]) => ({ key, label: tag[lang], count: groups.get(key)?.length ?? 0 }));
      return { lang, papers, groups, topics };
    }),
  );
}

/** Pages of the full list; `first` selects page 1 (its own route) or the others. */
export async function paperListPaths(first: boolean) {
  return (await editions()).flatMap(({ lang, papers, topics }) =>
    paginate(papers, PER_PAGE)
      .filter((list) => (list.page === 1) === first)
      .map((list) => ({
        params: { locale: localeParam(lang), ...(first ? {} : { page: String(list.page) }) },
        props: { lang, list, topics } satisfies ListProps,
      })),
  );
}

/** Pages of every topic's list; `first` selects page 1 or the others. */
export async function tagListPaths(first: boolean) {
  return (await editions()).flatMap(({ lang, groups, topics }) =>
    topics.flatMap(({ key, label }) =>
      paginate(groups.get(key) ?? [], PER_PAGE)
        .filter((list) => (list.page === 1) === first)
        .map((list) => ({
          params: {
            locale: localeParam(lang),
            tag: key,
            ...(first ? {} : { page: String(list.page) }),
          },
          props: { lang, list, tag: { key, label }, topics } satisfies ListProps,
        })),
    ),
  );
}
