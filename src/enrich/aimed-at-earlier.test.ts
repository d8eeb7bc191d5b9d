import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aimedAtEarlierEvent, reactionToEarlierEvent } from './aimed-at-earlier.js';

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

describe('reactionToEarlierEvent', () => {
  it('should read a vote congratulated on, welcomed or condemned as an earlier event', () => {
    assert.equal(reactionToEarlierEvent('The Lakeland foreign ministry congratulated Ana Ruiz on her victory in ', "'s presidential election."), true);
    assert.equal(reactionToEarlierEvent('The Lakeland government on Tuesday welcomed the outcome of ', "'s referendum."), true);
    assert.equal(reactionToEarlierEvent('Neighbouring states condemned the ', ' parliamentary election as neither free nor fair.'), true);
  });

  it('should leave a day alone after a plain report of the vote, a welcome at the polls, or a crime', () => {
    assert.equal(reactionToEarlierEvent('Ana Ruiz won ', "'s presidential election with 52 percent."), false);
    assert.equal(reactionToEarlierEvent('Poll workers welcomed voters at ', "'s election in the old town hall."), false);
    assert.equal(reactionToEarlierEvent('The mayor condemned ', "'s shooting outside the stadium."), false);
    // A full stop between the statement and the day: the day is another sentence's.
    assert.equal(reactionToEarlierEvent('The mayor congratulated the team. Turnout in ', "'s election was low."), false);
  });
});

describe('reactionToEarlierEvent: a complaint about an earlier vote', () => {
  it("should not date a statement by the vote its complaint is about", () => {
    const sentence = "The mayor met the governor on Friday, but observers said complaints of ballot stuffing in Sunday's municipal election had to be heard.";
    const at = sentence.indexOf("Sunday's");
    assert.equal(reactionToEarlierEvent(sentence.slice(0, at), sentence.slice(at + 'Sunday'.length)), true);
  });
});

describe('reactionToEarlierEvent: a statement on an earlier launch', () => {
  it('should give the launch its own day only where the statement has none of its own', () => {
    assert.equal(reactionToEarlierEvent('The assembly adjourned on Friday without adopting a motion condemning ', "'s launch of a cruise missile."), true);
    assert.equal(reactionToEarlierEvent('The ministry condemned ', "'s launch of a cruise missile."), false);
  });
});
