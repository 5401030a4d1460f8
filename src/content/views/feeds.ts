/**
 * The items of the RSS feeds (`src/pages/[...locale]/rss.xml.ts` writes them with `@astrojs/rss`):
 * every paper of an edition, and the edition's corrections log. Pure builders.
 */
import type { RSSFeedItem as FeedItem } from '@astrojs/rss';
import type { Lang } from '../../i18n/langs';
import { correctionsPath, paperPath } from '../../site/routes';
import type { PaperView } from './papers';
import type { CorrectionItem } from './provenance';

/**
 * The feed items of one edition: every paper, in display order, with absolute links. The
 * description is the page's one-sentence description, then its key points under
 * `keyPointsLabel` (3つの要点 / Key points), numbered, one a line.
 */
export function feedItems(
  papers: readonly PaperView[],
  absolute: (path: string) => string,
  keyPointsLabel: string,
): FeedItem[] {
  return papers.map((p) => ({
    title: p.prose.title,
    link: absolute(paperPath(p.lang, p.slug)),
    description: [
      p.prose.description,
      '',
      keyPointsLabel,
      ...p.prose.keyPoints.map((k, i) => `${i + 1}. ${k}`),
    ].join('\n'),
    categories: p.tags.map((t) => t.label),
  }));
}

/**
 * The feed items of an edition's corrections log, newest first: each links to its entry on the
 * corrections page and carries its date. `title` names the correction (its page and date);
 * `whyLabel` introduces the reason in the description.
 */
export function correctionFeedItems(
  items: readonly CorrectionItem[],
  lang: Lang,
  absolute: (path: string) => string,
  title: (item: CorrectionItem) => string,
  whyLabel: string,
): FeedItem[] {
  return items.map((c) => ({
    title: title(c),
    link: `${absolute(correctionsPath(lang))}#${c.id}`,
    description: `${c.what} ${whyLabel}${c.why}`,
    categories: [],
    pubDate: new Date(`${c.date}T00:00:00Z`),
  }));
}
