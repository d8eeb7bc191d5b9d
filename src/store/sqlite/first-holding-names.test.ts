import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstHoldingNames } from './first-holding-names.js';

describe('firstHoldingNames', () => {
  const even = (n: number): boolean => n % 2 === 0;

  it('should give the first rows that pass, after the offset, in their order', () => {
    assert.deepEqual(firstHoldingNames([1, 2, 3, 4, 5, 6, 8], even, 2, 1), [4, 6]);
    assert.deepEqual(firstHoldingNames([1, 2, 3, 4], even, -1, 0), [2, 4]);
    assert.deepEqual(firstHoldingNames([1, 3], even, 5, 0), []);
  });

  it('should stop reading at the page\'s last row, not check the rest', () => {
    const checked: number[] = [];
    const rows = firstHoldingNames([2, 3, 4, 5, 6, 7, 8], (n) => (checked.push(n), even(n)), 2, 0);
    assert.deepEqual(rows, [2, 4]);
    assert.deepEqual(checked, [2, 3, 4]);
    assert.deepEqual(firstHoldingNames([2, 4], (n) => (checked.push(n), true), 0, 0), []);
  });
});
