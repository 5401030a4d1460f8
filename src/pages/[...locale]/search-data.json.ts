/**
 * `/search-data.json` and `/en/search-data.json`: what the search needs besides its index,
 * fetched only when a reader opens search: the glossary's synonyms and definitions, and the
 * filter values (topic tags and NTT laboratories, from the papers' frontmatter) of the edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossary, loadPapers } from '../../collections/queries';
import { searchData } from '../../search/build/search-data';
import { langFromParam, localePaths } from '../../site/routes';

export const getStaticPaths = localePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = langFromParam(params['locale']);
  const [glossary, papers] = await Promise.all([loadGlossary(), loadPapers(lang)]);
  const views = papers.map((p) => p.view);
  return new Response(JSON.stringify(searchData(glossary, views, lang)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
