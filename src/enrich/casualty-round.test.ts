import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundsAsBullets } from './casualty-round.js';
import { findCasualties } from './casualties.js';

describe('roundsAsBullets', () => {
  it('should read a stray or errant round as a bullet', () => {
    assert.equal(roundsAsBullets('A stray round pierced the nursery wall.'), 'A stray bullet pierced the nursery wall.');
    assert.equal(roundsAsBullets('Errant rounds hit two cars.'), 'Errant bullets hit two cars.');
    assert.equal(roundsAsBullets('The toddler was clipped by a round meant for a rival.'), 'The toddler was clipped by a bullet meant for a rival.');
    assert.equal(roundsAsBullets('A round grazed his ear.'), 'A bullet grazed his ear.');
  });

  it('should leave other rounds alone', () => {
    const text = 'The second round of talks ended; by the round table the team won a round by two points.';
    assert.equal(roundsAsBullets(text), text);
  });
});

describe('findCasualties with a stray round', () => {
  it('should read one hurt by a stray round as one hurt by a stray bullet', () => {
    assert.deepEqual(findCasualties('A stray round struck a toddler asleep on the couch, police said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A jogger was struck by a stray round near the river path.'), { killed: null, injured: 1 });
  });
});
