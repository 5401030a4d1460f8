/** The RSS feed of one edition: every paper page, with absolute links (lib/discovery.ts). */
import { getRssString } from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../content/schema';
import { useTranslations } from '../../i18n';
import { loadPapers } from '../../content/queries';
import { feedItems } from '../../site/discovery';
import { absoluteUrl } from '../../site/meta';
import { homePath, langFromParam, localeParam } from '../../site/routes';
import { siteConfig } from '../../site/config';

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({ params: { locale: localeParam(lang) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = langFromParam(params.locale);
  const t = useTranslations(lang);
  const absolute = (path: string) => absoluteUrl(siteConfig.url, siteConfig.base, path);
  const papers = await loadPapers(lang);
  const xml = await getRssString({
    title: t('feed.title'),
    description: t('site.tagline'),
    site: absolute(homePath(lang)),
    items: feedItems(
      papers.map((p) => p.view),
      absolute,
    ),
    customData: `<language>${lang}</language>`,
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
