import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { survivorBesideDeath } from './casualty-survivor-beside.js';
import { findCasualties } from './casualties.js';

describe('survivorBesideDeath', () => {
  it('should find someone alive told after a death in the same sentence', () => {
    assert.equal(survivorBesideDeath('A 9-year-old boy has died and his father remains in the hospital after the shooting.'), true);
    assert.equal(survivorBesideDeath('One man was killed while his cousin is in stable condition.'), true);
  });

  it('should not find the dead\'s own condition, nor a survivor of a fire', () => {
    assert.equal(survivorBesideDeath('The boy was taken to the hospital in critical condition, where he died.'), false);
    assert.equal(survivorBesideDeath('Two people are dead and one child is in the hospital after a house fire on Main Street.'), false);
  });

  it('should give the survivor as one wounded beside the death', () => {
    assert.deepEqual(findCasualties('A 9-year-old boy has died and his father remains hospitalized after a gun went off in their home.'), { killed: 1, injured: 1 });
  });
});
