/**
 * Computes values ahead of the moment they are asked for, in a known order: the build asks for
 * the card images one by one, and rendering the next few while the current one is written keeps
 * the card workers busy without holding every image in memory at once.
 */

/**
 * A getter over `keys` (in the order they will probably be asked for): asking for a key starts
 * that key and the `ahead` keys after it (each at most once) and returns the key's value. A
 * value is handed out once and then forgotten, so at most `ahead + 1` finished values wait in
 * memory. A key asked for again, or one not in `keys`, is simply computed again.
 */
export function lookahead<K, V>(
  keys: readonly K[],
  start: (key: K) => Promise<V>,
  ahead: number,
): (key: K) => Promise<V> {
  const position = new Map<K, number>();
  keys.forEach((key, i) => {
    if (!position.has(key)) position.set(key, i);
  });
  const started = new Map<number, Promise<V>>();
  let next = 0;
  return (key) => {
    const at = position.get(key);
    if (at === undefined) return start(key);
    const own = started.get(at) ?? (at < next ? start(key) : undefined);
    next = Math.max(next, at);
    for (; next <= Math.min(at + ahead, keys.length - 1); next += 1) {
      const value = start(keys[next] as K);
      // A prefetched value's failure surfaces when it is asked for, not as an unhandled rejection.
      value.catch(() => {});
      started.set(next, value);
    }
    const value = own ?? (started.get(at) as Promise<V>);
    started.delete(at);
    return value;
  };
}
