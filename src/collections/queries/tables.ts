/**
 * The home page's two tables for one edition, as the download routes need them.
 */
import type { Lang } from '../../i18n/langs';
import { useTranslations } from '../../i18n';
import { crossPaperRows } from '../../content/views/impact';
import { paperPath, withBase } from '../../site/routes';
import {
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
      {
        paper: t('comparison.paper'),
        task: t('comparison.task'),
        problem: t('comparison.problem'),
        keyIdea: t('comparison.keyIdea'),
        data: t('comparison.data'),
        result: t('comparison.result'),
        code: t('comparison.code'),
      },
      absolute,
    ),
    impact: impactData(
      impactRows,
      {
        paper: t('impact.paper'),
        area: t('impact.area'),
        impact: t('impact.impact'),
        stakeholders: t('impact.stakeholders'),
        risk: t('impact.risk'),
      },
      absolute,
    ),
  };
}
