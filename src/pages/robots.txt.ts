/** robots.txt pointing at the sitemap (written after the build by integrations/site-files.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/discovery';
import { absoluteUrl } from '../site/meta';
import { siteConfig } from '../site/config';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(siteConfig.url, siteConfig.base, '/sitemap.xml')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
