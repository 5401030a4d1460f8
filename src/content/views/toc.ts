/**
 * The table of contents of a paper page.
 */
import { PAGE_SECTIONS, SECTION_KEYS } from './sections';
import type { MarkdownHeading } from 'astro';
import type { UIKey } from '../../i18n';

/** A heading as Astro's `render()` reports it (depth, slug, text). */
export type HeadingInfo = MarkdownHeading;

export interface TocItem {
  id: string;
  text: string;
  children: TocItem[];
}

/**
 * The page sections in order, with the body's `###` headings (its `##` after demotion)
 * nested under "details".
 */
export function paperToc(
  t: (key: UIKey) => string,
  bodyHeadings: readonly HeadingInfo[],
): TocItem[] {
  const details = bodyHeadings
    .filter((h) => h.depth === 3)
    .map((h) => ({ id: h.slug, text: h.text.replace(/#$/, '').trim(), children: [] }));
  return PAGE_SECTIONS.map((id) => ({
    id,
    text: t(SECTION_KEYS[id]),
    children: id === 'details' ? details : [],
  }));
}
