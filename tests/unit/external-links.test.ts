/**
 * Links that leave the site say so, and links that open a new context get rel="noopener"
 * (src/markdown/rehype-external-links.ts), in both editions' words.
 */
import type { Element } from 'hast';
import { toString as text } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { isExternal, markExternalLinks } from '../../src/markdown/rehype-external-links';
import { siteConfig } from '../../src/site/config';

const link = (href: string, properties = {}) => h('a', { href, ...properties }, 'x');
const tree = (...children: Element[]) => h(null, children);

describe('isExternal', () => {
  test.each([
    ['https://arxiv.org/abs/2410.03263', true],
    ['http://example.org/', true],
    [new URL('/papers/x/', siteConfig.url).href, false],
    ['/papers/x/', false],
    ['#method', false],
    ['mailto:a@b.org', false],
  ])('%s → %s', (href, external) => expect(isExternal(href)).toBe(external));
});

describe('markExternalLinks', () => {
  test.each(['ja', 'en'] as const)(
    'adds a visible arrow and a hidden "%s" label to external links only',
    (lang) => {
      const out = link('https://arxiv.org/abs/2410.03263');
      const inside = link('/papers/x/#method');
      markExternalLinks(tree(out, inside), lang);
      expect(out.properties['className']).toEqual(['external']);
      expect(text(out)).toBe(`x↗${dictionaries[lang]['link.external']}`);
      const [mark] = out.children.slice(1) as Element[];
      expect(mark?.properties['dataPagefindIgnore']).toBe(true);
      const [arrow, label] = mark?.children as Element[];
      expect(arrow?.properties['ariaHidden']).toBe('true');
      expect(label?.properties['className']).toEqual(['sr-only']);
      expect(inside.children).toHaveLength(1);
    },
  );

  test('marks a link once, even when run twice', () => {
    const out = link('https://example.org/');
    markExternalLinks(tree(out), 'en');
    markExternalLinks(tree(out), 'en');
    expect(out.children).toHaveLength(2);
  });
});

describe('rel on links that open a new context', () => {
  test('an external link with target=_blank gets noopener, keeping other rel values; others keep their rel', () => {
    const blank = link('https://example.org/', { target: '_blank', rel: ['external'] });
    const same = link('https://example.org/');
    markExternalLinks(tree(blank, same), 'en');
    expect(blank.properties['rel']).toEqual(['external', 'noopener']);
    expect(same.properties['rel']).toBeUndefined();
  });
});
