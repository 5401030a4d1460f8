/**
 * A small seeded pseudo-random generator (mulberry32) and normal deviates, so the synthetic
 * points of a schematic are the same in every build and on every machine.
 */

/** A generator of uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviates (Box–Muller) drawn from a uniform generator. */
export function normals(uniform: () => number): () => number {
  return () => {
    // 1 - u keeps the logarithm finite (u may be 0, never 1).
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
