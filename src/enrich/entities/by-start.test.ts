import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { EntitiesByStart } from './by-start.js';

const at = (start: number, text = 'X'): Entity => ({ text, type: 'person', start, end: start + text.length });

describe('EntitiesByStart', () => {
  it('should give the entities starting in a range, as a scan of the array would, sorted or not', () => {
    const sorted = [at(0), at(5), at(5, 'Y'), at(9), at(20)];
    const shuffled = [at(9), at(0), at(20), at(5), at(5, 'Y')];
    for (const list of [sorted, shuffled]) {
      const index = new EntitiesByStart(list);
      for (const [from, to] of [[0, 1], [1, 5], [5, 6], [4, 10], [10, 20], [0, 100], [21, 30]] as const) {
        assert.deepEqual(index.startingIn(from, to), list.filter((e) => e.start >= from && e.start < to), `${from}-${to}`);
      }
    }
  });
});
