/** The prefetching getter the card images use (src/cards/lookahead.ts). */
import { describe, expect, test } from 'vitest';
import { lookahead } from '../../src/cards/lookahead';

/** A getter over `keys` that records which keys it started, in order. */
function recorder(keys: string[], ahead: number, fail: string[] = []) {
  const started: string[] = [];
  const get = lookahead(
    keys,
    (key) => {
      started.push(key);
      return fail.includes(key)
        ? Promise.reject(new Error(`bad ${key}`))
        : Promise.resolve(key.toUpperCase());
    },
    ahead,
  );
  return { get, started };
}

describe('lookahead', () => {
  test('asking for a key starts it and the next `ahead` keys, each once', async () => {
    const { get, started } = recorder(['a', 'b', 'c', 'd', 'e'], 2);
    expect(await get('a')).toBe('A');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await get('b')).toBe('B');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(await get('c')).toBe('C');
    expect(await get('d')).toBe('D');
    expect(await get('e')).toBe('E');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('keys asked for out of order are still served; skipped ones start when asked for', async () => {
    const { get, started } = recorder(['a', 'b', 'c', 'd', 'e'], 1);
    expect(await get('c')).toBe('C');
    expect(started).toEqual(['c', 'd']);
    expect(await get('a')).toBe('A');
    expect(await get('d')).toBe('D');
    expect(started).toEqual(['c', 'd', 'a', 'e']);
  });

  test('a value is handed out once: asking again computes it again', async () => {
    const { get, started } = recorder(['a', 'b'], 0);
    await get('a');
    await get('a');
    expect(started).toEqual(['a', 'a']);
  });

  test('keys not in the list are computed when asked for', async () => {
    const { get, started } = recorder(['a'], 3);
    expect(await get('z')).toBe('Z');
    expect(started).toEqual(['z']);
  });

  test('a failure of a prefetched key surfaces when that key is asked for', async () => {
    const { get } = recorder(['a', 'b'], 1, ['b']);
    await expect(get('a')).resolves.toBe('A');
    await expect(get('b')).rejects.toThrow('bad b');
  });
});
