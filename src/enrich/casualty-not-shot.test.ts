import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { woundedByGunfire } from './casualty-not-shot.js';

describe('woundedByGunfire', () => {
  it('should take those shot where the report tells of someone hurt another way', () => {
    assert.equal(woundedByGunfire('Four were shot. A woman was cut by flying glass.', 5, 4), 4);
    assert.equal(woundedByGunfire('Two boys were shot. A third child had powder burns.', 3, 2), 2);
    assert.equal(woundedByGunfire('The girl was not shot but hurt her knee.', 6, 5), 5);
    assert.equal(woundedByGunfire('Five were shot. A boy was hurt, but only because he tripped as he fled the yard.', 6, 5), 5);
  });

  it('should keep the count read where no such harm is told, or no one is counted as shot', () => {
    assert.equal(woundedByGunfire('Five were shot and one more was wounded later.', 6, 5), 6);
    assert.equal(woundedByGunfire('A woman was cut by flying glass.', 5, null), 5);
    assert.equal(woundedByGunfire('A woman was cut by flying glass.', 3, 4), 3);
  });

  it('should keep the count read where the shot it counts are too few to be the rest less one or two', () => {
    // Seven recovering, three of them named as shot, and an eighth person "bandaged for cuts, though not
    // shot": the one hurt another way is not among the seven.
    assert.equal(woundedByGunfire('Seven people are recovering. Three men were shot in the lot. An eighth person was bandaged for cuts, though not shot.', 7, 3), 7);
  });
});
