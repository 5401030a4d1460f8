/** One card image per indexable page, rendered at build time (see lib/card-render.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardContent } from '../../lib/card';
import { renderCardPng } from '../../lib/card-render';
import { pageCards } from '../../lib/content/cards';

export const getStaticPaths = (async () => (await pageCards()).map(({ id, card }) => ({ params: { card: id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCardPng(props.card)), { headers: { 'content-type': 'image/png' } });
