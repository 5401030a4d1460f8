/**
 * The computations behind the schematics, from the papers' own equations: principal axes of a
 * 2-D point cloud (SSA's subspace, via the source covariance's eigenvectors) and weight matching
 * by exhaustive search (the permutation P maximising ⟨W_a, P W_b⟩_F) on synthetic weights, with
 * the distance and singular-vector alignment it leaves (a small symmetric eigensolver).
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

/** Eigenvalues (descending) and unit eigenvectors of a symmetric matrix (cyclic Jacobi). */
export function symmetricEigen(m: readonly (readonly number[])[]): {
  values: number[];
  vectors: number[][];
} {
  const n = m.length;
  const a = m.map((r) => [...r]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  const at = (x: number[][], i: number, j: number) => (x[i] as number[])[j] as number;
  const set = (x: number[][], i: number, j: number, value: number) => {
    (x[i] as number[])[j] = value;
  };
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(a, p, q) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(at(a, p, q)) < 1e-300) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * at(a, p, q));
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        // The rotation applied to columns p and q of x (rows p and q with `rows`).
        const rotate = (x: number[][], rows: boolean) => {
          for (let k = 0; k < n; k++) {
            const [ip, jp, iq, jq] = rows ? [p, k, q, k] : [k, p, k, q];
            const xp = at(x, ip, jp);
            const xq = at(x, iq, jq);
            set(x, ip, jp, c * xp - sn * xq);
            set(x, iq, jq, sn * xp + c * xq);
          }
        };
        rotate(a, false);
        rotate(a, true);
        rotate(v, false);
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => at(a, j, j) - at(a, i, i));
  return {
    values: order.map((i) => at(a, i, i)),
    vectors: order.map((i) => v.map((row) => row[i] as number)),
  };
}

type Matrix = number[][];
const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, x, i) => s + x * (b[i] as number), 0);
/** ⟨A, B⟩_F. */
export const frobenius = (a: Matrix, b: Matrix) => a.reduce((s, r, i) => s + dot(r, b[i] ?? []), 0);
/** The rows of `w` in the order `order` (row i of the result is row order[i]): P W. */
export const permuteRows = (w: Matrix, order: readonly number[]) =>
  order.map((j) => w[j] as number[]);

/** Singular values (descending) and left singular vectors of W, from the eigenpairs of W Wᵀ. */
export function leftSingular(w: Matrix): { values: number[]; vectors: number[][] } {
  const { values, vectors } = symmetricEigen(w.map((r) => w.map((s) => dot(r, s))));
  return { values: values.map((l) => Math.sqrt(Math.max(l, 0))), vectors };
}

/** What the weight-matching schematic draws, all computed from one seed. */
export interface Matching {
  /** Layer weights of models A and B (hidden units × inputs). */
  wa: Matrix;
  wb: Matrix;
  /** The order of B's units that maximises ⟨W_a, P W_b⟩_F, found by trying every order. */
  found: number[];
  /** ⟨W_a, P W_b⟩_F before (P = I) and after matching. */
  objective: { before: number; after: number };
  /** ‖W_a‖_F, and ‖W_a − P W_b‖_F before and after matching. */
  norm: number;
  distance: { before: number; after: number };
  /** Per singular direction k (largest singular value first): |⟨u_k^a, P u_k^b⟩| before, after. */
  alignment: { before: number[]; after: number[] };
  /** Singular values of W_a, descending. */
  singular: number[];
}

/**
 * Synthetic weight matching on one layer of two different models. Each model's weights are two
 * strong rank-one directions (the same in both models, but on B's hidden units in another,
 * random order) plus independent random weights of about the same size: like two separately
 * trained networks, they agree only in their dominant directions. The permutation is the
 * weight-matching one: the order of B's units maximising ⟨W_a, P W_b⟩_F.
 */
export function matchWeights(seed: number, n: number, inputs = 8): Matching {
  const uniform = mulberry32(seed);
  const rand = normals(uniform);
  const unit = (len: number, against: number[][] = []) => {
    let x = Array.from({ length: len }, () => rand());
    for (const y of against) x = x.map((xi, i) => xi - dot(x, y) * (y[i] as number));
    const norm = Math.sqrt(dot(x, x));
    return x.map((xi) => xi / norm);
  };
  const u1 = unit(n);
  const u2 = unit(n, [u1]);
  const v1 = unit(inputs);
  const v2 = unit(inputs, [v1]);
  const shared = (i: number, k: number) =>
    5 * (u1[i] as number) * (v1[k] as number) + 3 * (u2[i] as number) * (v2[k] as number);
  const own = () =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: inputs }, (_, k) => shared(i, k) + 0.5 * rand()),
    );
  const wa = own();
  // B's units hold the shared directions in a shuffled order: unit j of B is unit shuffle[j].
  const shuffle = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [shuffle[i], shuffle[j]] = [shuffle[j] as number, shuffle[i] as number];
  }
  const wb = permuteRows(own(), shuffle);
  let best = -Infinity;
  let found: number[] = [];
  for (const order of permutations(n)) {
    const score = frobenius(wa, permuteRows(wb, order));
    if (score > best) {
      best = score;
      found = order;
    }
  }
  const identity = Array.from({ length: n }, (_, i) => i);
  const distance = (order: number[]) => {
    const pb = permuteRows(wb, order);
    return Math.sqrt(
      wa.reduce(
        (s, r, i) => s + r.reduce((t, x, k) => t + (x - (pb[i]?.[k] as number)) ** 2, 0),
        0,
      ),
    );
  };
  const sa = leftSingular(wa);
  const align = (order: number[]) => {
    const sb = leftSingular(permuteRows(wb, order));
    return sa.vectors.map((u, k) => Math.abs(dot(u, sb.vectors[k] as number[])));
  };
  return {
    wa,
    wb,
    found,
    objective: { before: frobenius(wa, wb), after: best },
    norm: Math.sqrt(frobenius(wa, wa)),
    distance: { before: distance(identity), after: distance(found) },
    alignment: { before: align(identity), after: align(found) },
    singular: sa.values,
  };
}
