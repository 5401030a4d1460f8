/** robots.txt pointing at the sitemap index (written after the build by @astrojs/sitemap). */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH, robotsTxt } from '../site/discovery';
import { absoluteUrl } from '../site/meta';
import { siteConfig } from '../site/config';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(siteConfig.url, siteConfig.base, SITEMAP_PATH)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
