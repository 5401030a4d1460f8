/**
 * Authors link to pages of this site with root-relative paths (`/papers/x/#method`, checked by
 * the content linter). When the site is built under a sub-path (`BASE_PATH`), this prefixes
 * those links with the base so they keep working there; other links are left alone.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../site/routes';
import { siteConfig } from '../site/config';

/** Prefixes root-relative `href`s (not protocol-relative `//host` ones) with `base`. */
export function baseLinks(tree: Root, base: string): void {
  if (base === '/') return;
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (
      node.tagName === 'a' &&
      typeof href === 'string' &&
      href.startsWith('/') &&
      !href.startsWith('//') &&
      !href.startsWith(base)
    ) {
      node.properties['href'] = withBase(base, href);
    }
  });
}

export default function rehypeBaseLinks() {
  return (tree: Root) => baseLinks(tree, siteConfig.base);
}
