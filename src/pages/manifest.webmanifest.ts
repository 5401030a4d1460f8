/** The web app manifest (site/discovery.ts), in the default edition's language. */
import type { APIRoute } from 'astro';
import { useTranslations } from '../i18n';
import { ICONS, webManifest } from '../site/discovery';
import { siteConfig } from '../site/config';
import { link } from '../site/routes';

export const GET: APIRoute = () => {
  const t = useTranslations(siteConfig.defaultLang);
  const manifest = webManifest({
    name: t('site.name'),
    shortName: 'ICLR 2025 NTT',
    description: t('site.tagline'),
    lang: siteConfig.defaultLang,
    base: siteConfig.base,
    icons: ICONS.filter((i) => i.size >= 192).map((i) => ({
      src: link(`/${i.file}`),
      sizes: `${i.size}x${i.size}`,
    })),
  });
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
