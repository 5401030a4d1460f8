/**
 * The HTML policy (`src/markdown/html-policy.ts`) applied to what an author writes: JSX/HTML
 * elements and Markdown links in a body, and every string of frontmatter and YAML. Each finding
 * says what was found, so the build message names file, line and the offending markup.
 *
 * An element is checked by handing it to the sanitizer itself (`hast-util-sanitize` with the
 * shared schema) and reporting whatever the sanitizer would remove: the linter and the last step
 * of the pipeline cannot disagree.
 */
import type { Element, Properties, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import {
  FORBIDDEN_ELEMENTS,
  URL_PROPERTIES,
  dangerousScheme,
  decodeEntities,
  propertyName,
  sanitizeSchema,
  urlsOf,
} from '../markdown/html-policy';

/** One attribute of an element as written: a string value, or null for a bare `<x flag>`. */
export interface WrittenAttribute {
  name: string;
  value: string | null;
}

const forbidden = new Set(FORBIDDEN_ELEMENTS.map((n) => n.toLowerCase()));
const isHandler = (name: string) => /^on/i.test(name);

/**
 * What is wrong with an element an author wrote (`<sup>`, `<img src=…>`), one sentence per
 * finding; [] when the policy allows it as written.
 */
export function checkElement(name: string, attributes: readonly WrittenAttribute[]): string[] {
  const found: string[] = [];
  if (forbidden.has(name.toLowerCase())) {
    return [
      `found <${name}>: it can run code, load another page or send a form, and is never allowed in content`,
    ];
  }
  const properties: Properties = {};
  for (const { name: attr, value } of attributes) {
    const property = propertyName(attr, name);
    if (isHandler(attr)) {
      found.push(
        `found the event-handler attribute ${attr}="${value ?? ''}" on <${name}>: content may not carry code`,
      );
      continue;
    }
    const scheme =
      value !== null && URL_PROPERTIES.has(property)
        ? urlsOf(property, value).map(dangerousScheme).find(Boolean)
        : null;
    if (scheme) {
      found.push(
        `found a ${scheme}: URL in ${attr}=${JSON.stringify(value)} on <${name}>: use an https:// address or a path of this site`,
      );
      continue;
    }
    properties[property] = value ?? true;
  }
  const element: Element = { type: 'element', tagName: name, properties, children: [] };
  const kept = sanitize({ type: 'root', children: [element] }, sanitizeSchema) as Root;
  const survivor = kept.children.find((c): c is Element => c.type === 'element');
  if (!survivor || survivor.tagName !== name) {
    found.unshift(
      `found <${name}>, which is not an element content may use (see "HTML in a body" in docs/content-guide.md)`,
    );
    return found;
  }
  for (const { name: attr, value } of attributes) {
    const property = propertyName(attr, name);
    if (isHandler(attr) || !(property in properties) || property in survivor.properties) continue;
    found.push(
      `found ${value === null ? attr : `${attr}="${value}"`} on <${name}>, which is not an attribute or value content may use there`,
    );
  }
  return found;
}

/** What is wrong with the URL of a Markdown link or image, or null. */
export function checkLinkUrl(url: string): string | null {
  const scheme = dangerousScheme(url);
  if (scheme)
    return `found a ${scheme}: URL (${JSON.stringify(url)}): use an https:// address or a path of this site`;
  const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (protocol && !['https', 'http', 'mailto'].includes(protocol))
    return `found a ${protocol}: URL (${JSON.stringify(url)}): links may use https://, mailto: or a path of this site`;
  return null;
}

const TAG = /<\s*\/?\s*([a-z][a-z0-9:-]*)([^<>]*)/gi;
const HANDLER = /(?:^|[\s/"'])(on[a-z]+)\s*=/i;
const SCRIPT_URL = /(?<![a-z0-9+.-])((?:java|vb)script):(?!\s)/i;
const DATA_URL = /(?<![a-z0-9+.-])data:(?:[a-z]+\/[a-z0-9.+-]+|,|;base64)/i;

/**
 * What is dangerous in a frontmatter or YAML string (shown as text, but it may reach HTML
 * attributes, feeds and search excerpts): an element that can act, an event handler, or a
 * `javascript:` / `vbscript:` / `data:` URL, also when entity-encoded or split by invisible
 * characters. Null when the text is harmless.
 */
export function checkPlainText(text: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const plain = decodeEntities(text).replace(/[\u0000-\u001F\u007F\u200B-\u200F\u2060\uFEFF]/g, '');
  for (const [, name = '', rest = ''] of plain.matchAll(TAG)) {
    if (forbidden.has(name.toLowerCase())) return `<${name}>`;
    const handler = HANDLER.exec(rest)?.[1];
    if (handler) return `the event-handler attribute ${handler}= in <${name}>`;
  }
  const script = SCRIPT_URL.exec(plain)?.[1];
  if (script) return `a ${script.toLowerCase()}: URL`;
  if (DATA_URL.test(plain)) return 'a data: URL';
  return null;
}

/** Every string in parsed YAML or frontmatter in document order, with its field path ("impact[2].risk"). */
export function* stringsOf(data: unknown, path = ''): Generator<{ where: string; value: string }> {
  if (typeof data === 'string') yield { where: path, value: data };
  else if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* stringsOf(item, `${path}[${i + 1}]`);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data))
      yield* stringsOf(value, path ? `${path}.${key}` : key);
  }
}
