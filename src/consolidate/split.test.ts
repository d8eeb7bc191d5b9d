import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSplit, SPLIT_MIN_GROUP, type UnitVector } from './split.js';

function unit(weights: Record<string, number>): UnitVector {
  const norm = Math.sqrt(Object.values(weights).reduce((s, w) => s + w * w, 0));
  return new Map(Object.entries(weights).map(([t, w]) => [t, w / norm]));
}

// Two stories that share a topic word: a coach fired in one city, another coach fired elsewhere.
const first = (i: number): UnitVector => unit({ coach: 1, fired: 1, boston: 2, harlow: 2, [`detail${i}`]: 1 });
const second = (i: number): UnitVector => unit({ coach: 1, fired: 1, denver: 2, okafor: 2, [`other${i}`]: 1 });

describe('findSplit', () => {
  it('should split an event whose articles tell two stories, moving the one without the first article', () => {
    const vectors = [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => first(i)), ...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => second(i))];
    assert.deepEqual(findSplit(vectors), Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => SPLIT_MIN_GROUP + i));
  });

  it('should keep one story whole, and an event too small to tell', () => {
    assert.equal(findSplit(Array.from({ length: 2 * SPLIT_MIN_GROUP + 2 }, (_, i) => first(i))), null);
    assert.equal(findSplit([first(1), first(2), second(1), second(2)]), null);
  });

  it('should keep a story with a few off-angle reports whole', () => {
    const vectors = [...Array.from({ length: 14 }, (_, i) => first(i)), ...Array.from({ length: 3 }, (_, i) => second(i))];
    assert.equal(findSplit(vectors), null);
  });
});
