/**
 * Fails a production build that does not say where the site will live: `astro build` without
 * `SITE_URL` stops before any page is built, with the message of `resolveSiteUrl`
 * (src/site/config.ts), instead of publishing canonical links, cards and feeds for a placeholder.
 * The dev server and `astro check` go on with the local origin.
 */
import type { AstroIntegration } from 'astro';
import { resolveSiteUrl } from '../site/config';

export function siteUrlRequired(): AstroIntegration {
  return {
    name: 'site-url-required',
    hooks: {
      'astro:config:setup': ({ command }) => {
        resolveSiteUrl(process.env.SITE_URL, command);
      },
    },
  };
}
