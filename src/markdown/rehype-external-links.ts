/**
 * Links that leave the site say so: a visible "↗" (hidden from screen readers) and a visually
 * hidden "(external)" / 「（外部サイト）」 from the dictionaries, so sighted and screen-reader users
 * both know before following it. A link that opens a new browsing context (`target="_blank"`)
 * gets `rel="noopener"`, so the page it opens cannot reach back through `window.opener`.
 * `src/components/ExternalMark.astro` draws the same mark for the links of page templates.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Lang } from '../i18n/langs';
import { useTranslations } from '../i18n';
import { siteConfig } from '../site/config';
import { langFromPath } from '../content/file-info';

/** Whether `href` leads to another site (an absolute http(s) URL on another host). */
export function isExternal(href: string, site: string = siteConfig.url): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== new URL(site).host;
  } catch {
    return true;
  }
}

/** The mark appended inside an external link (the same markup as ExternalMark.astro). */
function externalMark(lang: Lang): ElementContent[] {
  const ignore = { dataPagefindIgnore: true };
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['external-mark'], ariaHidden: 'true', ...ignore },
      children: [{ type: 'text', value: '↗' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'], ...ignore },
      children: [{ type: 'text', value: useTranslations(lang)('link.external') }],
    },
  ];
}

/** Adds `rel="noopener"` to a link that opens a new context, keeping any other rel values. */
export function addNoopener(node: Element): void {
  if (node.properties['target'] !== '_blank') return;
  const rel: unknown = node.properties['rel'];
  const values: string[] = Array.isArray(rel)
    ? rel.map((v) => String(v))
    : typeof rel === 'string'
      ? rel.split(/\s+/)
      : [];
  if (!values.includes('noopener'))
    node.properties['rel'] = [...values.filter(Boolean), 'noopener'];
}

/** Marks every external link of a tree, in the edition `lang`. */
export function markExternalLinks(tree: Root, lang: Lang): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a') return;
    addNoopener(node);
    const href = node.properties['href'];
    if (typeof href !== 'string' || !isExternal(href)) return;
    const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
    if (classes.includes('external')) return;
    node.properties['className'] = [...classes, 'external'];
    node.children.push(...externalMark(lang));
  });
}

export default function rehypeExternalLinks() {
  return (tree: Root, file: VFile) => markExternalLinks(tree, langFromPath(file.path));
}
