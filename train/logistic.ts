/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * every weight but the bias. The join model has a dozen features and tens of thousands of pairs, so
 * the exact second-order step converges in a few iterations and needs no learning rate.
 */

export interface Example {
  x: readonly number[];
  y: 0 | 1;
}

export function fitLogistic(examples: readonly Example[], options: { l2?: number; iterations?: number } = {}): number[] {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 25;
  if (examples.length === 0) throw new Error('no examples to fit');
  const d = examples[0]!.x.length;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < iterations; iter++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of examples) {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - y) * x[i]!;
        const rx = r * x[i]!;
        if (rx === 0) continue;
        const row = hessian[i]!;
        for (let j = 0; j < d; j++) row[j]! += rx * x[j]!;
      }
    }
    // The bias (feature 0) is not penalised.
    for (let i = 1; i < d; i++) {
      gradient[i]! += l2 * w[i]!;
      hessian[i]![i]! += l2;
    }
    hessian[0]![0]! += 1e-9;
    const step = solve(hessian, gradient);
    w = w.map((v, i) => v - step[i]!);
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
