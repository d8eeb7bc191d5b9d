import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aimedAtEarlierEvent } from './aimed-at-earlier.js';

describe('aimedAtEarlierEvent', () => {
  it("should read a vote's day as the object of an act the sentence dates by its own day", () => {
    assert.equal(aimedAtEarlierEvent('The opposition on Tuesday asked the court to annul the ', ' parliamentary election, saying'), true);
    assert.equal(aimedAtEarlierEvent('Two governments on Wednesday called on the authorities to look into complaints about ', "'s presidential run-off."), true);
  });

  it('should leave a day alone where the sentence has no day of its own, no act still to do, or a crime', () => {
    assert.equal(aimedAtEarlierEvent('The opposition asked the court to annul the ', ' election.'), false);
    assert.equal(aimedAtEarlierEvent('The commission on Tuesday declared Ana Ruiz the winner of ', "'s presidential election."), false);
    assert.equal(aimedAtEarlierEvent('Police on Monday urged witnesses to call a tip line about the gunfire in ', "'s shooting."), false);
  });
});
