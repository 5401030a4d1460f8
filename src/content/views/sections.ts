/**
 * The sections every paper page has, in order, with their stable anchors.
 * Anchors are part of the public URL contract: links to `/papers/<slug>/#method` are shared.
 */

/** Sections the page builds from frontmatter and data. */
export const PAGE_SECTIONS = [
  'summary',
  'significance',
  'applications',
  'details',
  'societal-impact',
  'metadata',
  'cite',
  'sources',
] as const;

/** The anchor of 3つの要点 / Key points, under the title and before the table of contents. */
export const KEY_POINTS_ID = 'key-points';

/** Sections of the technical detail that every MDX body must contain, in this order. */
export const DETAIL_SECTIONS = ['problem', 'method', 'results', 'limitations'] as const;

export type PageSection = (typeof PAGE_SECTIONS)[number];

/** Dictionary key of a page section's heading. */
export const SECTION_KEYS = {
  summary: 'paper.summary',
  significance: 'paper.significance',
  applications: 'paper.applications',
  details: 'paper.details',
  'societal-impact': 'paper.societalImpact',
  metadata: 'paper.metadata',
  cite: 'paper.cite',
  sources: 'paper.sources',
} as const satisfies Record<PageSection, string>;
