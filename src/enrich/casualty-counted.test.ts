import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('counts of people who survived', () => {
  it('should read those a count tells survived as wounded', () => {
    assert.deepEqual(read('A 15-year-old was shot to death at a sleepover. The two other boys survived but were hit by gunfire.'), [1, 2]);
    assert.deepEqual(read('Gunfire erupted on a porch on Friday night. All three men are expected to survive, police said.'), [null, 3]);
  });

  it("should not read an obituary's survivors nor a part of a whole", () => {
    assert.deepEqual(read('Smith was shot and killed on Friday. He is survived by two sons. Two sons survived by a miracle.'), [1, null]);
    assert.deepEqual(read('Four people were shot and two of the victims survived.'), [null, 4]);
  });
});
