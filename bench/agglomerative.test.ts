import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { averageLinkage, cutAt } from './agglomerative.js';

/** A symmetric matrix from the upper triangle given row by row. */
function matrix(n: number, upper: number[]): Float32Array {
  const m = new Float32Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      m[i * n + j] = upper[k]!;
      m[j * n + i] = upper[k]!;
      k++;
    }
  }
  return m;
}

const groups = (labels: Int32Array): string => {
  const by = new Map<number, number[]>();
  labels.forEach((l, i) => by.set(l, [...(by.get(l) ?? []), i]));
  return [...by.values()].map((g) => g.join('')).sort().join(' ');
};

describe('averageLinkage', () => {
  // Items 0,1 at 0.9; 2 near both at 0.6 and 0.4 (average 0.5 to {0,1}); 3 alone, 0.1 to everything.
  const sims = [0.9, 0.6, 0.1, 0.4, 0.1, 0.1];

  it('should merge by average similarity, with the heights of the merges', () => {
    const merges = averageLinkage(matrix(4, sims), 4);
    const heights = merges.map((m) => Math.round(m.similarity * 1000) / 1000).sort((a, b) => b - a);
    // {0,1} at 0.9; {0,1,2} at (0.6 + 0.4) / 2 = 0.5; then 3 at 0.1.
    assert.deepEqual(heights, [0.9, 0.5, 0.1]);
  });

  it('should cut the dendrogram at a threshold', () => {
    const merges = averageLinkage(matrix(4, sims), 4);
    assert.equal(groups(cutAt(merges, 4, 0.95)), '0 1 2 3');
    assert.equal(groups(cutAt(merges, 4, 0.7)), '01 2 3');
    assert.equal(groups(cutAt(merges, 4, 0.5)), '012 3');
    assert.equal(groups(cutAt(merges, 4, 0.05)), '0123');
  });

  it('should not let one close pair pull in a cluster that is far on average', () => {
    // 2 is 0.8 from 1 but 0 from 0 and 3 is 0.7 to 2: average linkage joins {2,3}, not {0,1,2}.
    const merges = averageLinkage(matrix(4, [0.9, 0, 0, 0.8, 0, 0.7]), 4);
    assert.equal(groups(cutAt(merges, 4, 0.6)), '01 23');
  });
});
