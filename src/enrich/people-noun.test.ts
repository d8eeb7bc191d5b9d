import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPeopleNoun } from './people-noun.js';

describe('isPeopleNoun', () => {
  it('should take trades, crews and a people\'s plural as people', () => {
    for (const word of ['sailors', 'fishermen', 'crewmen', 'personnel', 'Peruvians', 'Thais', 'diplomats']) assert.equal(isPeopleNoun(word), true, word);
  });

  it('should not take things as people', () => {
    for (const word of ['appointments', 'vessels', 'tonnes', 'homes', 'drones']) assert.equal(isPeopleNoun(word), false, word);
  });
});
