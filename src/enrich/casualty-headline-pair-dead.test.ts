import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlinePairDead } from './casualty-headline-pair-dead.js';
import { findCasualties } from './casualties.js';

describe('a headline listing people told dead one by one', () => {
  it('should count each person listed', () => {
    assert.equal(headlinePairDead('Woman, girl found dead inside Lakeview apartment after shots fired.'), 2);
    assert.equal(headlinePairDead('Father, son found shot to death in farmhouse.'), 2);
    assert.equal(headlinePairDead('Police: Man, woman, child killed in overnight shooting.'), 3);
    assert.equal(headlinePairDead('Mother, Teen Son Found Dead In Cabin.'), 2);
    assert.equal(headlinePairDead('Teen charged in the gunfire deaths of his aunt, uncle.'), 2);
  });

  it('should read only the headline, and only a death', () => {
    assert.equal(headlinePairDead('Shooting on Elm Street.\nWoman, girl found dead inside apartment.'), 0);
    assert.equal(headlinePairDead('Man, woman shot in overnight gunfire.'), 0);
    assert.equal(headlinePairDead('Man found dead in car.'), 0);
  });

  it('should give the event its dead', () => {
    assert.deepEqual(findCasualties('Woman, girl found dead inside apartment after shots fired.\n\nOfficers found the two inside the apartment on Elm Street.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('Man charged in deaths of mother, brother.\n\nThe 19-year-old shot both at their home on Sunday, police said.'), { killed: 2, injured: null });
  });
});
