import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownAttemptSurvived } from './casualty-own-attempt.js';
import { findCasualties } from './casualties.js';

describe('ownAttemptSurvived', () => {
  it('should find a shooter who harmed another and then tried to take their own life', () => {
    assert.equal(ownAttemptSurvived('Police say the man shot his brother and then tried to kill himself.'), true);
    assert.equal(ownAttemptSurvived('Man kills wife, toddler, then attempts suicide'), true);
    assert.equal(ownAttemptSurvived('He shot his father before turning the rifle on himself; he is in serious condition.'), true);
  });

  it('should not find a past attempt, nor a shooter who died', () => {
    assert.equal(ownAttemptSurvived('Relatives said he had attempted suicide in 2010.'), false);
    assert.equal(ownAttemptSurvived('He shot his father and then tried to kill himself. He died in surgery hours later.'), false);
    assert.equal(ownAttemptSurvived('The man killed his wife and then killed himself.'), false);
  });

  it('should make the shooter one wounded beside the dead', () => {
    assert.deepEqual(findCasualties('Man kills wife, toddler, then attempts suicide.\n\nDeputies found the two dead inside a trailer.'), { killed: 2, injured: 1 });
  });
});
