import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alsoHurtCount } from './casualty-also-hurt.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('victims told one by one as also hurt', () => {
  it('should count each person "also" hurt in a sentence of their own', () => {
    assert.equal(alsoHurtCount('A man was shot in the leg on Pine Street. His 6-year-old nephew was also shot in the foot.'), 1);
    assert.equal(alsoHurtCount('A man was shot in the leg. A neighbour was also wounded. A passer-by was also hit by a bullet.'), 2);
  });

  it("should not count more wounds of one person, a death, or a car hit", () => {
    assert.equal(alsoHurtCount('A man was shot in the leg. He was also shot in the arm.'), 0);
    assert.equal(alsoHurtCount('A man was shot in the leg. His brother was also shot and killed.'), 0);
    assert.equal(alsoHurtCount('A man was shot in the leg. A parked car was also struck.'), 0);
  });

  it('should read the first and each one also hurt as wounded where nobody died', () => {
    assert.deepEqual(read('A woman was shot in the shoulder outside her home on Friday, police said. Her teenage son was also shot in the hand. Both are expected to recover.'), [null, 2]);
    // Where someone died, those also hurt alone: the first told may be the dead.
    assert.deepEqual(read('A man was shot and killed on Elm Street on Friday. A woman was also shot in the arm, police said.'), [1, 1]);
  });
});
