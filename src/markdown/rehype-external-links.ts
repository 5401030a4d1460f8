/**
 * Links that leave the site say so: a visible "↗" (hidden from screen readers) and a visually
 * hidden "(external)" / 「（外部サイト）」 from the dictionaries, so sighted and screen-reader users
 * both know before following it; an external link that opens a new browsing context
 * (`target="_blank"`) gets `rel="noopener"`, keeping its other rel values. `rehype-external-links`
 * does the work; this module says which links are external (another host than the site's) and
 * what the mark is. `src/components/ExternalLink.astro` draws the same link and mark in page templates.
 */
import { h } from 'hastscript';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import externalLinks from 'rehype-external-links';
import type { Lang } from '../i18n/langs';
import { useTranslations } from '../i18n';
import { siteConfig } from '../site/config';
import { langFromPath } from '../content/file-info';
import { classesOf, hasClass } from './hast-classes';

/** Whether `href` leads to another site (an absolute http(s) URL on another host). */
export function isExternal(href: string, site: string = siteConfig.url): boolean {
  // A URL that does not parse counts as external.
  return /^https?:\/\//i.test(href) && URL.parse(href)?.host !== new URL(site).host;
}

/** Marks every external link of a tree (once), in the edition `lang`. */
export function markExternalLinks(tree: Root, lang: Lang): void {
  externalLinks({
    test: (node) =>
      typeof node.properties['href'] === 'string' &&
      isExternal(node.properties['href']) &&
      !hasClass(node, 'external'),
    properties: (node) => ({ className: [...classesOf(node), 'external'] }),
    // hast holds `rel` as a list (property-information: space-separated), as h() and the parser write it.
    rel: (node) =>
      node.properties['target'] === '_blank'
        ? [...new Set([...((node.properties['rel'] as string[] | undefined) ?? []), 'noopener'])]
        : [],
    // The package wraps the mark in one span, which keeps it out of the search index.
    contentProperties: { dataPagefindIgnore: true },
    content: [
      h('span', { className: ['external-mark'], ariaHidden: 'true' }, ['↗']),
      h('span', { className: ['sr-only'] }, [useTranslations(lang)('link.external')]),
    ],
  })(tree);
}

export default function rehypeExternalLinks() {
  return (tree: Root, file: VFile) => markExternalLinks(tree, langFromPath(file.path));
}
