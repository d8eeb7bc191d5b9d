import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { woundedByGunfire } from './casualty-not-shot.js';

describe('woundedByGunfire', () => {
  it('should take those shot where the report tells of someone hurt another way', () => {
    assert.equal(woundedByGunfire('Four were shot. A woman was cut by flying glass.', 5, 4), 4);
    assert.equal(woundedByGunfire('Two boys were shot. A third child had powder burns.', 3, 2), 2);
    assert.equal(woundedByGunfire('The girl was not shot but hurt her knee.', 6, 5), 5);
  });

  it('should keep the count read where no such harm is told, or no one is counted as shot', () => {
    assert.equal(woundedByGunfire('Five were shot and one more was wounded later.', 6, 5), 6);
    assert.equal(woundedByGunfire('A woman was cut by flying glass.', 5, null), 5);
    assert.equal(woundedByGunfire('A woman was cut by flying glass.', 3, 4), 3);
  });
});
