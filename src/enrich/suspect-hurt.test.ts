import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suspectWounded } from './suspect-hurt.js';

describe('suspectWounded', () => {
  it('should find a suspect hit by return fire, or wounded by a victim', () => {
    assert.equal(suspectWounded('Officers fired back, and one of the suspects was struck by return fire.'), true);
    assert.equal(suspectWounded('The store owner managed to wound the robber before he escaped.'), true);
    assert.equal(suspectWounded('Police later found the suspect at a motel with a gunshot wound to the arm.'), true);
  });

  it('should not count a suspect who died, a suspect the count takes in, or a suspect hit by a car', () => {
    assert.equal(suspectWounded('The gunman was shot and killed by a trooper.'), false);
    assert.equal(suspectWounded('The suspect was wounded by deputies and died at the hospital.'), false);
    assert.equal(suspectWounded('Three people were shot, including the gunman. The gunman was wounded in the leg.'), false);
    assert.equal(suspectWounded('The suspect was struck by a car while he fled.'), false);
  });
});
