/**
 * URL building for both editions (src/site/routes.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  homePath,
  langFromParam,
  langRoot,
  localeParam,
  notFoundPath,
  paperPath,
  searchPath,
  translatePath,
  withBase,
} from '../../src/site/routes';
import type { Lang } from '../../src/i18n/langs';

describe('the paths of each edition', () => {
  test.each<[string, (lang: Lang) => string | undefined, string | undefined, string]>([
    ['langRoot', langRoot, '/', '/en/'],
    ['homePath (the edition root)', homePath, '/', '/en/'],
    [
      'paperPath',
      (lang) => paperPath(lang, 'pu-diffusion-models'),
      '/papers/pu-diffusion-models/',
      '/en/papers/pu-diffusion-models/',
    ],
    ['searchPath (a trailing slash)', searchPath, '/search/', '/en/search/'],
    ['localeParam (none for the default edition)', localeParam, undefined, 'en'],
    // The Japanese not-found page is the host-level 404.html, the English one a page under /en/.
    ['notFoundPath', notFoundPath, '/404.html', '/en/404/'],
  ])('%s gives ja %j and en %j', (_, path, ja, en) => {
    expect(path('ja')).toBe(ja);
    expect(path('en')).toBe(en);
  });
});

describe('langFromParam', () => {
  test.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
  ] as const)('reads %j as %s', (param, expected) => {
    expect(langFromParam(param)).toBe(expected);
  });

  test.each(['fr', 'ja', 'EN', 'en/'])('throws on the unknown locale %j', (param) => {
    expect(() => langFromParam(param)).toThrow(`Unknown locale "${param}"`);
  });
});

describe('translatePath', () => {
  test.each([
    ['/', 'en', '/en/'],
    ['/', 'ja', '/'],
    ['/en/', 'ja', '/'],
    ['/en/', 'en', '/en/'],
    ['/en', 'ja', '/'],
    ['/en', 'en', '/en/'],
    ['/papers/x/', 'en', '/en/papers/x/'],
    ['/en/papers/x/', 'ja', '/papers/x/'],
    ['/en/papers/x/', 'en', '/en/papers/x/'],
    ['/search/', 'en', '/en/search/'],
    ['/english/', 'en', '/en/english/'],
    ['/english/', 'ja', '/english/'],
    ['/404.html', 'en', '/en/404/'],
    ['/en/404/', 'ja', '/404.html'],
  ] as const)('turns %s into the %s path %s', (path, to, expected) => {
    expect(translatePath(path, to)).toBe(expected);
  });
});

describe('withBase', () => {
  test.each([
    ['/', '/', '/'],
    ['/', '/papers/x/', '/papers/x/'],
    ['/sub/', '/', '/sub/'],
    ['/sub/', '/en/papers/x/', '/sub/en/papers/x/'],
    ['/sub', '/en/', '/sub/en/'],
    ['/sub/', 'search/', '/sub/search/'],
    ['/a/b/', '/en/', '/a/b/en/'],
    ['/sub/', 'https://example.org/x', 'https://example.org/x'],
    ['/sub/', 'mailto:a@b.c', 'mailto:a@b.c'],
    ['/sub/', '#method', '#method'],
  ])('with base %s makes %s into %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
