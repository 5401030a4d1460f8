/**
 * Link checks over a built site, without network: every internal link and #fragment must
 * resolve to a built file and an element id; every external link must be a well-formed https URL.
 */

/** One link found in a page. */
export interface PageLink {
  /** Attribute it came from, e.g. "href". */
  attr: string;
  /** The URL as written (character references decoded). */
  url: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** href/src/action/srcset URLs of an HTML document (scripts' and styles' text is not parsed). */
export function extractLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  for (const m of html.matchAll(/<[a-z][\w-]*\s[^>]*>/gi)) {
    for (const a of m[0].matchAll(/\s(href|src|action)=(?:"([^"]*)"|'([^']*)')/gi)) {
      links.push({ attr: a[1]!.toLowerCase(), url: decode(a[2] ?? a[3] ?? '') });
    }
  }
  return links;
}

/** The element ids (and legacy `name` anchors) a document defines. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of html.matchAll(/<[a-z][\w-]*\s[^>]*>/gi))
    for (const m of tag[0].matchAll(/\s(?:id|name)="([^"]+)"/g)) ids.add(decode(m[1]!));
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
