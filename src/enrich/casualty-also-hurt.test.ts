import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alsoHurtCount } from './casualty-also-hurt.js';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('victims told one by one as also hurt', () => {
  it('should count each person "also" hurt in a sentence of their own', () => {
    assert.equal(alsoHurtCount('A cook was shot in his thigh on Pine Street. His 8-year-old niece was also grazed on the wrist.'), 1);
    assert.equal(alsoHurtCount('A cook was shot in his thigh. A neighbour was also wounded. A passer-by was also hit by a ricochet.'), 2);
  });

  it("should not count more wounds of one person, a death, or a car hit", () => {
    assert.equal(alsoHurtCount('A cook was shot in his thigh. He was also shot in the wrist.'), 0);
    assert.equal(alsoHurtCount('A cook was shot in his thigh. His brother was also shot and killed.'), 0);
    assert.equal(alsoHurtCount('A cook was shot in his thigh. A parked van was also struck.'), 0);
  });

  it('should read the first and each one also hurt as wounded where nobody died', () => {
    assert.deepEqual(read('A father was shot in the shoulder outside his garage on Sunday, deputies said. His teenage daughter was also grazed on the arm. Both should recover.'), [null, 2]);
    // Where someone died, those also hurt alone: the first told may be the dead.
    assert.deepEqual(read('A man was shot and killed on Birch Lane on Tuesday. A waitress was also wounded in the wrist, officers said.'), [1, 1]);
  });
});
