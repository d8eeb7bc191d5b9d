import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { rankedVictims } from './ordinal-victim.js';

describe('rankedVictims', () => {
  it('should read the rank of the last victim listed as shot or hurt', () => {
    assert.equal(rankedVictims('A fifth victim was grazed by a ricochet but needed no treatment.'), 5);
    assert.equal(rankedVictims('The third victim, a 66-year-old grocer, was wounded in the calf.'), 3);
    assert.equal(rankedVictims('A second girl was also wounded in the shin.'), 2);
  });

  it('should read a ranked victim brought to hospital, told in a condition or with a wound', () => {
    assert.equal(rankedVictims('A third victim was driven to the medical center by a neighbour.'), 3);
    assert.equal(rankedVictims('The second man, a 40-year-old cook, is still being treated.'), 2);
    assert.equal(rankedVictims('A fifth shooting victim was listed in fair condition.'), 5);
    assert.equal(rankedVictims('A third man sustained a gunshot wound in his elbow.'), 3);
  });

  it('should leave ranks of things and of deaths without a wounding alone', () => {
    assert.equal(rankedVictims('A second car was hit by gunfire. The third suspect was arrested.'), 0);
    assert.equal(rankedVictims('A second victim died on Tuesday.'), 0);
  });
});

describe('findCasualties with ranked victims', () => {
  it('should count the victims listed one by one up to the last rank', () => {
    assert.deepEqual(findCasualties('Shots fired near a diner.\n\nA woman was hit in the thigh, another woman was hit in the wrist and a man was hit in the knee. A fourth victim was also hurt. Doctors expect all four to recover.'), { killed: null, injured: 4 });
  });

  it('should count the dead among those ranked', () => {
    assert.deepEqual(findCasualties('Teen dies after shooting.\n\nA girl, 16, was killed by gunfire late Saturday. A second victim, her 20-year-old cousin, was hit in the elbow and should recover.'), { killed: 1, injured: 1 });
  });

  it('should take a victim found later by their rank as at least that many shot, but not someone else found', () => {
    assert.equal(rankedVictims('Three people were shot outside a bar. Hours later, a fourth victim was found two blocks away.'), 4);
    assert.equal(rankedVictims('Officers later found a fifth victim in a parked car.'), 5);
    assert.equal(rankedVictims('A third man was discovered crouching in a shed.'), 0);
  });
});

