/** The PNG icons of the favicon set (lib/icons.ts), rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIconPng } from '../cards/render';
import { ICONS } from '../cards/icons';

export const getStaticPaths = (() =>
  ICONS.map((i) => ({
    params: { icon: i.file.replace(/\.png$/, '') },
    props: { size: i.size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIconPng(props.size)), {
    headers: { 'content-type': 'image/png' },
  });
