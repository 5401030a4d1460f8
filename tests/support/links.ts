/**
 * Link checks over a built site, without network: every internal link and #fragment must
 * resolve to a built file and an element id; every external link must be a well-formed https URL.
 * Pages are read as trees of the build's own HTML parser (hast-util-from-html).
 */
import type { Element, Root } from 'hast';

/** One link found in a page. */
export interface PageLink {
  /** Attribute it came from, e.g. "href". */
  attr: string;
  /** The URL as the parser reads it (character references decoded). */
  url: string;
}

const LINK_ATTRIBUTES = ['href', 'src', 'action'] as const;

/** Every element of a parsed page, in document order. */
function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children)
    if (child.type === 'element') {
      out.push(child);
      elements(child.tagName === 'template' && child.content ? child.content : child, out);
    }
  return out;
}

/** href/src/action URLs of a parsed page (as the parser decoded them), in document order. */
export function extractLinks(tree: Root): PageLink[] {
  const links: PageLink[] = [];
  for (const el of elements(tree))
    for (const attr of LINK_ATTRIBUTES) {
      const value = el.properties[attr];
      if (typeof value === 'string') links.push({ attr, url: value });
    }
  return links;
}

/** The element ids (and legacy `<a name>` anchors) a parsed page defines. */
export function extractIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(tree)) {
    const id = el.properties['id'];
    if (typeof id === 'string') ids.add(id);
    const name = el.properties['name'];
    if (el.tagName === 'a' && typeof name === 'string') ids.add(name);
  }
  return ids;
}

/** What is wrong with an external URL (empty when it is a well-formed https URL). */
export function externalUrlProblem(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (u.protocol === 'mailto:')
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(u.pathname) ? '' : 'is not a valid e-mail address';
  if (u.protocol !== 'https:') return `uses ${u.protocol.replace(':', '')}, not https`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname)) return 'has no valid host name';
  if (/\s/.test(url)) return 'contains white space';
  return '';
}

/** The file in the build that serves a site path ("/a/" → "a/index.html"), among `files`. */
export function fileForPath(pathname: string, files: ReadonlySet<string>): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [rel, `${rel}${rel === '' || rel.endsWith('/') ? '' : '/'}index.html`]) {
    if (candidate && files.has(candidate)) return candidate;
  }
  return undefined;
}
