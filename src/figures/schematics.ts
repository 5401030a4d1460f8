/**
 * The computations behind the schematics, from the papers' own equations: principal axes of a
 * 2-D point cloud (SSA's subspace, via the source covariance's eigenvectors) and weight matching
 * by exhaustive search (the permutation P maximising ⟨W_a, P W_b⟩_F) on synthetic weights.
 */
import { mulberry32, normals } from './prng';

export type Vec2 = [number, number];

/** Mean, eigenvalues (descending) and unit eigenvectors of a 2-D cloud's covariance. */
export function principalAxes(points: readonly Vec2[]): {
  mean: Vec2;
  values: [number, number];
  vectors: [Vec2, Vec2];
} {
  const n = points.length;
  const mean: Vec2 = [
    points.reduce((s, p) => s + p[0], 0) / n,
    points.reduce((s, p) => s + p[1], 0) / n,
  ];
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - mean[0]) ** 2 / n;
    sxy += ((x - mean[0]) * (y - mean[1])) / n;
    syy += (y - mean[1]) ** 2 / n;
  }
  const tr = sxx + syy;
  const disc = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy * sxy);
  const l1 = tr / 2 + disc;
  const l2 = tr / 2 - disc;
  // Eigenvector of l1: (sxy, l1 − sxx), or an axis when the matrix is already diagonal.
  const raw: Vec2 = Math.abs(sxy) > 1e-12 ? [sxy, l1 - sxx] : sxx >= syy ? [1, 0] : [0, 1];
  const norm = Math.hypot(raw[0], raw[1]);
  const v1: Vec2 = [raw[0] / norm, raw[1] / norm];
  return { mean, values: [l1, l2], vectors: [v1, [-v1[1], v1[0]]] };
}

/** Every permutation of 0 … n−1 (n ≤ 7: 5,040 at most). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

/**
 * Synthetic weight matching. Model B's hidden unit j computes what model A's unit `perm[j]`
 * does (its incoming weights are A's plus noise); `found` is the order of B's units that
 * maximises Σᵢ ⟨W_a[i], W_b[found[i]]⟩, i.e. the weight-matching objective for one layer.
 */
export function matchWeights(
  seed: number,
  n: number,
  inputs = 6,
): { n: number; perm: number[]; found: number[] } {
  const uniform = mulberry32(seed);
  const rand = normals(uniform);
  const wa = Array.from({ length: n }, () => Array.from({ length: inputs }, () => rand()));
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
  }
  const wb = perm.map((k) => (wa[k] as number[]).map((w) => w + 0.3 * rand()));
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] as number), 0);
  let best = -Infinity;
  let found: number[] = [];
  for (const order of permutations(n)) {
    const score = order.reduce((s, j, i) => s + dot(wa[i] as number[], wb[j] as number[]), 0);
    if (score > best) {
      best = score;
      found = order;
    }
  }
  return { n, perm, found };
}
