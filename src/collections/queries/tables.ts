/**
 * The home page's two tables for one edition, as the download routes need them.
 */
import type { Lang } from '../../i18n/langs';
import { useTranslations, type UIKey } from '../../i18n';
import { crossPaperRows } from '../../content/views/impact';
import { paperPath, withBase } from '../../site/routes';
import {
  COMPARISON_COLUMNS,
  IMPACT_COLUMNS,
  comparisonData,
  comparisonRows,
  impactData,
  type TableData,
  type TableName,
} from '../../content/views/tables';
import { loadDigest, loadPapers } from '.';

/** Both tables of an edition as records; `absolute` turns a based path into a full URL. */
export async function loadTables(
  lang: Lang,
  base: string,
  absolute: (href: string) => string,
): Promise<Record<TableName, TableData>> {
  const t = useTranslations(lang);
  // Column headers: the dictionary's `comparison.<key>` / `impact.<key>`, as on the home page.
  const labels = <K extends string>(table: 'comparison' | 'impact', keys: readonly K[]) =>
    Object.fromEntries(
      ['paper', ...keys].map((key) => [key, t(`${table}.${key}` as UIKey)]),
    ) as Record<'paper' | K, string>;
  const [{ introData }, papers] = await Promise.all([loadDigest(lang), loadPapers(lang)]);
  const views = papers.map((p) => p.view);
  const href = (slug: string) => withBase(base, paperPath(lang, slug));
  const impactRows = crossPaperRows(
    introData.impact,
    views.map((p) => ({ slug: p.slug, href: href(p.slug) })),
  );
  return {
    comparison: comparisonData(
      comparisonRows(views, href),
      labels('comparison', COMPARISON_COLUMNS),
      absolute,
    ),
    impact: impactData(impactRows, labels('impact', IMPACT_COLUMNS), absolute),
  };
}
