/**
 * schema.org JSON-LD for paper pages, built as plain objects from the content (never by pasting
 * strings). The page is an `Article` in its own language; its `about` is the original paper as
 * a `ScholarlyArticle`. Nothing here presents the digest as the paper itself: there are no
 * `citation_*` meta tags, and the paper's identifiers live only inside `about`.
 */
import type { PaperView } from '../content/views/papers';

/** A JSON-LD node: a plain, JSON-serialisable object. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PageContext {
  /** Canonical URL of the page. */
  url: string;
  /** Absolute URL of the page's card image. */
  image: string;
  /** The site's name in the page's language. */
  siteName: string;
  /** Absolute URL of the edition's home page. */
  siteUrl: string;
}

/** The original paper as a `ScholarlyArticle`: authors with affiliations, venue, links, code. */
export function scholarlyArticle(paper: PaperView): JsonLd {
  const { facts, venue, links } = paper;
  const article: JsonLd = {
    '@type': 'ScholarlyArticle',
    name: facts.originalTitle,
    headline: facts.originalTitle,
    inLanguage: 'en',
    url: links.canonical,
    sameAs: [links.arxiv, ...(links.openreview ? [links.openreview] : [])],
    identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: facts.arxiv },
    datePublished: String(facts.year),
    author: paper.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      // Only affiliations a source confirms; unconfirmed ones are shown on the page, not asserted here.
      affiliation: a.affiliations
        .filter((af) => af.confirmed)
        .map((af) => ({ '@type': 'Organization', name: af.label })),
    })),
    // The venue where the paper was presented: ICLR 2025, with its dates and city.
    publication: {
      '@type': 'PublicationEvent',
      name: venue.name,
      alternateName: venue.booktitle,
      startDate: venue.start,
      endDate: venue.end,
      url: venue.url,
      location: { '@type': 'Place', name: venue.city.en },
    },
    keywords: paper.tags.map((t) => t.label),
  };
  // The official code, when it exists, as the paper's worked example in source form.
  if (links.code)
    article['workExample'] = {
      '@type': 'SoftwareSourceCode',
      codeRepository: links.code,
      url: links.code,
    };
  return article;
}

/** The paper page as an `Article` in its language, about the original paper. */
export function paperPageJsonLd(paper: PaperView, page: PageContext): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    inLanguage: paper.lang,
    headline: paper.prose.title,
    description: paper.prose.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
    about: scholarlyArticle(paper),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<` is escaped so
 * text such as "</script>" in a title cannot end the element early.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
