import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsIn } from './facts.js';

const nouns = (text: string): string[] => [...countsIn(text)].map((c) => c.label);

describe('countsIn: clock times and distances are no counts (fixm70a)', () => {
  it('should read no count from a clock time with its zone', () => {
    assert.deepEqual(nouns('The skiff approached at 0610 UTC and left at 0655 GMT.'), []);
  });

  it('should read no count from a distance at sea or on land', () => {
    assert.deepEqual(nouns('The dhow was boarded 40 nautical miles east of the cape, 12 km from a reef.'), []);
  });

  it('should still count the crew beside a distance', () => {
    assert.deepEqual(nouns('Nine sailors were taken off 30 nautical miles out.'), ['sailors']);
  });
});
