import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstHoldingNames } from './first-holding-names.js';

/** The positions of the even numbers of a batch, each batch recorded. */
function evenOf(batches: number[][]): (rows: readonly number[]) => Set<number> {
  return (rows) => {
    batches.push([...rows]);
    return new Set(rows.flatMap((n, i) => (n % 2 === 0 ? [i] : [])));
  };
}

describe('firstHoldingNames', () => {
  it('should give the first rows that pass, after the offset, in their order', () => {
    assert.deepEqual(firstHoldingNames([1, 2, 3, 4, 5, 6, 8], evenOf([]), 2, 1), [4, 6]);
    assert.deepEqual(firstHoldingNames([1, 2, 3, 4], evenOf([]), -1, 0), [2, 4]);
    assert.deepEqual(firstHoldingNames([1, 3], evenOf([]), 5, 0), []);
    assert.deepEqual(firstHoldingNames([2, 4], evenOf([]), 0, 0), []);
  });

  it('should check a batch of the page\'s size first, then batches twice as large, and stop at the page\'s last row', () => {
    const rows = Array.from({ length: 200 }, (_, i) => (i < 30 ? 2 * i + 1 : 2 * i));
    const batches: number[][] = [];
    assert.deepEqual(firstHoldingNames(rows, evenOf(batches), 2, 0), [60, 62]);
    assert.deepEqual(batches.map((b) => b.length), [16, 32]);
  });
});
