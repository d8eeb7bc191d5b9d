/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * every weight but the bias. The join model has a dozen features and tens of thousands of pairs, so
 * the exact second-order step converges in a few iterations and needs no learning rate.
 *
 * A fit may keep some weights as given and learn only the others (`start` and `free`): a new feature's
 * weight is then learned against the weights that ship, which stay what they are.
 */

export interface Example {
  x: readonly number[];
  y: 0 | 1;
}

export interface FitOptions {
  l2?: number;
  iterations?: number;
  /** Starting weights; those not in `free` are kept as given. All zero when absent. */
  start?: readonly number[];
  /** The indices of the weights to learn; all of them when absent. */
  free?: readonly number[];
}

export function fitLogistic(examples: readonly Example[], options: FitOptions = {}): number[] {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 25;
  if (examples.length === 0) throw new Error('no examples to fit');
  const d = examples[0]!.x.length;
  if (options.start && options.start.length !== d) throw new Error(`expected ${d} starting weights, got ${options.start.length}`);
  const w = options.start ? [...options.start] : new Array<number>(d).fill(0);
  const free = options.free ?? Array.from({ length: d }, (_, i) => i);
  const k = free.length;
  if (k === 0) return w;
  for (let iter = 0; iter < iterations; iter++) {
    // Gradient and Hessian over the free weights only; the kept ones enter through the dot product.
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const { x, y } of examples) {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let a = 0; a < k; a++) {
        const xa = x[free[a]!]!;
        gradient[a]! += (p - y) * xa;
        const rx = r * xa;
        if (rx === 0) continue;
        const row = hessian[a]!;
        for (let b = 0; b < k; b++) row[b]! += rx * x[free[b]!]!;
      }
    }
    // The bias (feature 0) is not penalised.
    for (let a = 0; a < k; a++) {
      if (free[a] === 0) {
        hessian[a]![a]! += 1e-9;
        continue;
      }
      gradient[a]! += l2 * w[free[a]!]!;
      hessian[a]![a]! += l2;
    }
    const step = solve(hessian, gradient);
    for (let a = 0; a < k; a++) w[free[a]!]! -= step[a]!;
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i]! * x[i]!;
  return s;
}

/** Gaussian elimination with partial pivoting; the penalised Hessian is positive definite. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
