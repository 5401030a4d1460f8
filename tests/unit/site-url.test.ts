/**
 * The site's address comes from one setting, SITE_URL (src/site/config.ts): a production build
 * without it fails with a message naming it; the dev server, `astro check` and the tests use the
 * local origin; a value that is not a bare origin fails everywhere.
 */
import { describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from '../../src/site/config';
import { siteUrlRequired } from '../../src/integrations/site-url';

describe('resolveSiteUrl', () => {
  test('a production build without SITE_URL fails, saying what to set', () => {
    for (const value of [undefined, '', '  '])
      expect(() => resolveSiteUrl(value, 'build')).toThrow(
        /SITE_URL is not set\. A production build needs the site's public origin.*SITE_URL=https:\/\/digest\.example\.org npm run build.*--local/,
      );
  });
  test('development, check and tests fall back to the local origin', () => {
    expect(LOCAL_SITE_URL).toBe('http://localhost:4321');
    expect(resolveSiteUrl(undefined)).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl(undefined, 'dev')).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl('', 'sync')).toBe(LOCAL_SITE_URL);
  });
  test('a set value is used as the origin, without a trailing slash', () => {
    expect(resolveSiteUrl('https://digest.example.org', 'build')).toBe(
      'https://digest.example.org',
    );
    expect(resolveSiteUrl(' https://Digest.example.org/ ', 'build')).toBe(
      'https://digest.example.org',
    );
    expect(resolveSiteUrl('http://localhost:8080', 'build')).toBe('http://localhost:8080');
  });
  test.each([
    ['digest.example.org', /is not a URL/],
    ['ftp://digest.example.org', /must be an origin/],
    ['https://example.github.io/iclr2025/', /no path: set a sub-path with BASE_PATH/],
    ['https://digest.example.org/?x=1', /must be an origin/],
  ])('refuses %s', (value, message) => {
    expect(() => resolveSiteUrl(value, 'dev')).toThrow(message);
    expect(() => resolveSiteUrl(value, 'build')).toThrow(message);
  });
});

describe('siteUrlRequired (the build hook)', () => {
  const setup = (command: string) => {
    const hook = siteUrlRequired().hooks['astro:config:setup'] as (o: { command: string }) => void;
    hook({ command });
  };
  test('stops `astro build` when SITE_URL is missing and lets `astro dev` go on', () => {
    const saved = process.env.SITE_URL;
    try {
      delete process.env.SITE_URL;
      expect(() => setup('build')).toThrow(/SITE_URL is not set/);
      expect(() => setup('dev')).not.toThrow();
      process.env.SITE_URL = 'https://digest.example.org';
      expect(() => setup('build')).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});
