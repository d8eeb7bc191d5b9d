import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countStarts, matchesOf } from './casualty-count-starts.js';
import { NUMBER } from './casualty-count.js';

describe('matchesOf', () => {
  it('should find from the count starts what a global scan finds', () => {
    const pattern = new RegExp(String.raw`\b${NUMBER}\s+(?:people|men)\s+were\s+hurt\b`, 'gi');
    const text = 'Two men were hurt on Main Street and 14 people were hurt downtown; the 3 dogs were fine.';
    const scanned = [...text.matchAll(pattern)].map((m) => [m.index, m[1]]);
    const anchored = [...matchesOf(pattern, text, countStarts(text))].map((m) => [m.index, m[1]]);
    assert.deepEqual(anchored, scanned);
    assert.equal(anchored.length, 2);
  });
});
