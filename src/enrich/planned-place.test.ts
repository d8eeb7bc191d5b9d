import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedInPlan } from './planned-place.js';

const at = (text: string, name: string): boolean => namedInPlan(text, text.indexOf(name));

describe('namedInPlan', () => {
  it('should read a place after a modal or a verb of intent as a place of a plan', () => {
    assert.equal(at('The chief executive said the group would search for new suppliers in Chile and Ghana.', 'Chile'), true);
    assert.equal(at('Norvik plans to open a second yard in Vietnam next year.', 'Vietnam'), true);
    assert.equal(at('The ministry will send inspectors to Malawi.', 'Malawi'), true);
  });

  it('should leave a place where something happened, or one after a clause boundary', () => {
    assert.equal(at('A crane collapsed in Rotterdam on Tuesday, injuring two workers.', 'Rotterdam'), false);
    assert.equal(at('Two men were shot in Dayton; police said they would release more details later.', 'Dayton'), false);
    assert.equal(at('Officials said they will hold a briefing. The fire started in Fresno overnight.', 'Fresno'), false);
    assert.equal(at('The court will hear the case after the strike in Lyon.', 'Lyon'), false);
  });
});
