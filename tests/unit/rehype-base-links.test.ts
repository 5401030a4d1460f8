/**
 * Root-relative links in content bodies get the base path (src/markdown/rehype-base-links.ts).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { baseLinks } from '../../src/markdown/rehype-base-links';

const tree = (...hrefs: string[]) =>
  h(
    null,
    hrefs.map((href) => h('a', { href })),
  );
const hrefs = (t: Root) => t.children.map((c) => (c as Element).properties['href']);

describe('baseLinks', () => {
  test('prefixes root-relative links with the base, and changes nothing at the root', () => {
    const t = tree(
      '/papers/x/#method',
      '/en/',
      '#local',
      'https://arxiv.org/abs/1',
      '//cdn.example/x',
      '/iclr2025/already/',
    );
    baseLinks(t, '/iclr2025/');
    expect(hrefs(t)).toEqual([
      '/iclr2025/papers/x/#method',
      '/iclr2025/en/',
      '#local',
      'https://arxiv.org/abs/1',
      '//cdn.example/x',
      '/iclr2025/already/',
    ]);
    const root = tree('/papers/x/');
    baseLinks(root, '/');
    expect(hrefs(root)).toEqual(['/papers/x/']);
  });
});
