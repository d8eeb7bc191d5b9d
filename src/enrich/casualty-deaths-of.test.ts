import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

describe('findCasualties, the deaths of a number of people', () => {
  it('should read a toll told as the deaths of a number of people', () => {
    assert.equal(findCasualties('The monitors have recorded the deaths of at least nine villagers in the raid.')?.killed, 9);
    assert.equal(findCasualties('An aid group listed the deaths of twelve people, among them a nurse, who were killed when the shelling began.')?.killed, 12);
  });

  it('should not read a number that counts no people', () => {
    assert.equal(findCasualties('The deaths of 2024 were fewer than the year before.')?.killed ?? null, null);
  });
});
