/**
 * The favicon set: PNG icons drawn from the same design as `public/favicon.svg` (a blue
 * rounded square reading "ICLR"), rendered at build time like the social cards.
 */
import type { CardNode } from './card';

/** Icon files: browser tabs, iOS home screens and the web app manifest. */
export const ICONS = [
  { file: 'favicon-32.png', size: 32, rel: 'icon' },
  { file: 'apple-touch-icon.png', size: 180, rel: 'apple-touch-icon' },
  { file: 'icon-192.png', size: 192, rel: 'manifest' },
  { file: 'icon-512.png', size: 512, rel: 'manifest' },
] as const;

/** The icon at `size` pixels as a satori element tree. */
export function iconTree(size: number, fontFamily: string): CardNode {
  return {
    type: 'div',
    props: {
      style: {
        width: size,
        height: size,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        backgroundColor: '#0b57d0',
        borderRadius: Math.round(size * 0.1875),
        color: '#ffffff',
        fontFamily,
        fontWeight: 700,
        fontSize: Math.round(size * 0.36),
      },
      children: 'ICLR',
    },
  };
}
