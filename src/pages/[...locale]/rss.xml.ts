/** The RSS feed of one edition: every paper page, then the corrections log, with absolute links (content/views/feeds.ts). */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n';
import { loadCorrections, loadPapers } from '../../collections/queries';
import { correctionItems } from '../../content/views/provenance';
import { correctionFeedItems, feedItems } from '../../content/views/feeds';
import { absoluteUrl } from '../../site/meta';
import { homePath, langFromParam, localePaths } from '../../site/routes';
import { siteConfig } from '../../site/config';

export const getStaticPaths = localePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = langFromParam(params.locale);
  const t = useTranslations(lang);
  const absolute = (path: string) => absoluteUrl(siteConfig.url, siteConfig.base, path);
  const [papers, corrections] = await Promise.all([loadPapers(lang), loadCorrections()]);
  const views = papers.map((p) => p.view);
  const titles = new Map(views.map((p) => [p.slug, p.prose.title]));
  const fixes = correctionFeedItems(
    correctionItems(corrections, lang),
    lang,
    absolute,
    (c) =>
      t('feed.correction', {
        page: (c.paper && titles.get(c.paper)) || t('corrections.home'),
        date: c.day,
      }),
    `${t('corrections.why')}${t('glossary.colon')}`,
  );
  const xml = await getRssString({
    title: t('feed.title'),
    description: t('site.tagline'),
    site: absolute(homePath(lang)),
    items: [...feedItems(views, absolute, t('paper.keyPoints')), ...fixes],
    customData: `<language>${lang}</language>`,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
