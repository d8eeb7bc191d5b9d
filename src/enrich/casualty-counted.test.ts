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

describe('counts taken to hospital told alive', () => {
  it('should read those taken to hospital in a condition of the living as wounded, beside the dead', () => {
    assert.deepEqual(read('A woman was killed in the shooting. Three men were taken to the hospital in stable condition.'), [1, 3]);
    assert.deepEqual(read('One man died at the scene. Two others were transported to area hospitals with non-life-threatening injuries.'), [1, 2]);
  });

  it('should leave those taken to hospital as the shot, the dead among them, where the sentence tells a death', () => {
    assert.deepEqual(read('Three men were taken to the hospital in critical condition, where one of them died.'), [1, 2]);
  });
});

