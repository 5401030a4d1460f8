/** The environment of the astro build process (scripts/build-env.ts). */
import { describe, expect, test } from 'vitest';
import { ALLOCATOR_ENV, buildEnv } from '../../scripts/build-env';

describe('buildEnv', () => {
  test('adds the allocator options and keeps the rest of the environment; a variable already set wins', () => {
    expect(buildEnv({ PATH: '/bin', CONTENT_DIR: 'x' })).toEqual({
      ...ALLOCATOR_ENV,
      PATH: '/bin',
      CONTENT_DIR: 'x',
    });
    expect(buildEnv({ MIMALLOC_PURGE_DELAY: '10' })['MIMALLOC_PURGE_DELAY']).toBe('10');
  });
});
