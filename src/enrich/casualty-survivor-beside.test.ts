import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { survivorBesideDeath } from './casualty-survivor-beside.js';
import { findCasualties } from './casualties.js';

describe('survivorBesideDeath', () => {
  it('should find someone alive told after a death in the same sentence', () => {
    assert.equal(survivorBesideDeath('A teenage girl has died and her uncle remains in the hospital after Sunday\'s gunfire.'), true);
    assert.equal(survivorBesideDeath('One man was killed while his cousin is in stable condition.'), true);
  });

  it('should not find the dead\'s own condition, nor a survivor of a fire', () => {
    assert.equal(survivorBesideDeath('The girl was flown to a trauma centre in grave condition, where she died.'), false);
    assert.equal(survivorBesideDeath('A couple is dead and their son is in hospital after an apartment fire on Birch Lane.'), false);
  });

  it('should give the survivor as one wounded beside the death', () => {
    assert.deepEqual(findCasualties('A teenage girl has died and her uncle remains hospitalized after a rifle discharged in their garage.'), { killed: 1, injured: 1 });
  });
});
