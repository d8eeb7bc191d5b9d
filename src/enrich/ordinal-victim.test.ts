import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { rankedVictims } from './ordinal-victim.js';

describe('rankedVictims', () => {
  it('should read the rank of the last victim listed as shot or hurt', () => {
    assert.equal(rankedVictims('A fourth victim was grazed by a bullet but walked away.'), 4);
    assert.equal(rankedVictims('The third victim, a 31-year-old man, was shot in the hip.'), 3);
    assert.equal(rankedVictims('A second teen was also shot in the foot.'), 2);
  });

  it('should read a ranked victim brought to hospital, told in a condition or with a wound', () => {
    assert.equal(rankedVictims('A third victim was driven to the medical center by a neighbour.'), 3);
    assert.equal(rankedVictims('The second man, a 40-year-old cook, is still being treated.'), 2);
    assert.equal(rankedVictims('A fourth shooting victim was listed in stable condition.'), 4);
    assert.equal(rankedVictims('A third man suffered a gunshot wound to his hand.'), 3);
  });

  it('should leave ranks of things and of deaths without a wounding alone', () => {
    assert.equal(rankedVictims('A second car was hit by gunfire. The third suspect was arrested.'), 0);
    assert.equal(rankedVictims('A second victim died on Tuesday.'), 0);
  });
});

describe('findCasualties with ranked victims', () => {
  it('should count the victims listed one by one up to the last rank', () => {
    assert.deepEqual(findCasualties('Gunfire outside a bar.\n\nA man was hit in the leg, another man was hit in the shoulder and a woman was hit in the hip. A fourth victim was also injured. Doctors expect all four to recover.'), { killed: null, injured: 4 });
  });

  it('should count the dead among those ranked', () => {
    assert.deepEqual(findCasualties('Teen dies after shooting.\n\nA 15-year-old boy was shot and killed on Friday. A second victim, an 18-year-old friend, was hit in the leg and is expected to survive.'), { killed: 1, injured: 1 });
  });

  it('should take a victim found later by their rank as at least that many shot, but not someone else found', () => {
    assert.equal(rankedVictims('Three people were shot outside a bar. Hours later, a fourth victim was found two blocks away.'), 4);
    assert.equal(rankedVictims('Officers later found a fifth victim in a parked car.'), 5);
    assert.equal(rankedVictims('A third man was found hiding in a closet.'), 0);
  });
});

