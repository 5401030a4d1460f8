/** One card image per indexable page, rendered at build time (drawn by src/cards/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardContent } from '../../cards/card';
import { cardPngs, renderCardPng } from '../../cards/render';
import { pageCards } from '../../collections/queries/cards';

/** In a build: the cards in the order Astro asks for them, rendered ahead in worker processes. */
let built: ((id: string, card: CardContent) => Promise<Buffer>) | undefined;

export const getStaticPaths = (async () => {
  const cards = await pageCards();
  if (!import.meta.env.DEV) built = cardPngs(cards);
  return cards.map(({ id, card }) => ({ params: { card: id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }, { card: string }> = async ({ params, props }) =>
  new Response(
    new Uint8Array(await (built ? built(params.card, props.card) : renderCardPng(props.card))),
    { headers: { 'content-type': 'image/png' } },
  );
