/**
 * Lists of papers that stay usable at a thousand papers: the home page shows the first few with a
 * link to the full list, and the full list and each topic's list are split into numbered pages.
 * Pure: the pages feed it plain arrays.
 */
import type { Lang } from '../i18n/langs';
import { langRoot } from './routes';

/** Papers shown as cards on the home page before "all papers" takes over. */
export const HOME_LIMIT = 12;
/** Papers per page of the full list and of a topic's list. */
export const PER_PAGE = 24;

export interface ListPage<T> {
  /** 1-based page number. */
  page: number;
  /** Number of pages in the list (at least 1). */
  pages: number;
  items: T[];
  /** 1-based positions of the first and last item on this page (0 and 0 for an empty list). */
  from: number;
  to: number;
  /** Items in the whole list. */
  total: number;
}

/** Splits `items` into pages of `perPage`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage = PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`perPage must be a positive whole number, not ${perPage}`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return {
      page: i + 1,
      pages,
      items: slice,
      from: slice.length ? i * perPage + 1 : 0,
      to: i * perPage + slice.length,
      total: items.length,
    };
  });
}

/** The papers the home page shows, and whether there are more than that. */
export function homeSelection<T>(
  papers: readonly T[],
  limit = HOME_LIMIT,
): { shown: T[]; more: boolean } {
  return { shown: papers.slice(0, limit), more: papers.length > limit };
}

/**
 * Page numbers for a pagination bar: always the first and last page and the pages around the
 * current one; `null` marks a gap ("…"). E.g. page 6 of 40 → 1 … 5 6 7 … 40.
 */
export function pageNumbers(current: number, pages: number, around = 1): (number | null)[] {
  const kept = (p: number) => p === 1 || p === pages || Math.abs(p - current) <= around;
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    // A gap of one page shows that page, not "…".
    if (kept(p) || (kept(p - 1) && kept(p + 1))) out.push(p);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/** The full list of papers: `/papers/`, then `/papers/page/2/` … */
export const papersListPath = (lang: Lang, page = 1): string =>
  `${langRoot(lang)}papers/${page > 1 ? `page/${page}/` : ''}`;

/** A topic's list: `/tags/<tag>/`, then `/tags/<tag>/page/2/` … */
export const tagPath = (lang: Lang, tag: string, page = 1): string =>
  `${langRoot(lang)}tags/${tag}/${page > 1 ? `page/${page}/` : ''}`;

/** Papers grouped by tag key, each group in the given (display) order; tags in first-use order. */
export function papersByTag<T extends { tags: readonly { key: string }[] }>(
  papers: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const p of papers) {
    for (const { key } of p.tags) {
      const list = out.get(key);
      if (list) list.push(p);
      else out.set(key, [p]);
    }
  }
  return out;
}
