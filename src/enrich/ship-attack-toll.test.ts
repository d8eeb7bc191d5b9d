import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutOtherShipTolls } from './ship-attack-toll.js';

describe('withoutOtherShipTolls', () => {
  it('should blank the toll of an earlier attack on another named ship', () => {
    const text = 'A missile fell short of the ore carrier Blue Kestrel on Friday. Wednesday\'s attack on the Panama-flagged freighter Coral Wren killed two sailors.';
    const out = withoutOtherShipTolls(text);
    assert.equal(out.length, text.length);
    assert.ok(!/killed/.test(out));
    assert.ok(out.includes('Blue Kestrel'));
  });

  it('should keep the toll where the text also names that ship for its own story, or names no ship', () => {
    const same = 'Crew of the Coral Wren flown home. Wednesday\'s attack on the freighter Coral Wren killed two sailors.';
    assert.equal(withoutOtherShipTolls(same), same);
    const noShip = 'Police made an arrest on Friday. Wednesday\'s attack on the market killed two shoppers.';
    assert.equal(withoutOtherShipTolls(noShip), noShip);
  });

  it('should keep a follow-up\'s own toll where the words after the vessel are no ship\'s name', () => {
    const text = "Sunday's attack on the ferry near Port Selwyn killed 12 passengers, the coast guard said on Tuesday.";
    assert.equal(withoutOtherShipTolls(text), text);
    const lower = "Monday's strike on the trawler off the coast killed two fishermen, the navy said on Wednesday.";
    assert.equal(withoutOtherShipTolls(lower), lower);
  });
});
