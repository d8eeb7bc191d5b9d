import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { leadsWithSanction, sanctionTollOrNone } from './sanction-lead.js';

const toll = (text: string) => sanctionTollOrNone(findCasualties(text), text, findCasualties);

// ux75b fault 5: the visa-ban and sanctions records each carried the crackdown's one death.
describe('sanctionTollOrNone', () => {
  it("should give a sanctions report no toll where the harm is only the crackdown's it answers", () => {
    const visas = 'Canada bars Moldavian officials.\n\nOTTAWA -- Canada on Tuesday imposed visa bans on three Moldavian prosecutors.\n\nThe bans also cover those behind the raid on the Chisinau newsroom, in which a cameraman was killed.';
    assert.equal(toll(visas), null);
    const assets = 'Norway freezes assets of two generals.\n\nOSLO -- Norway on Friday froze the assets of two army generals.\n\nThe minister said the shelling that killed 14 villagers "cannot go unpunished."';
    assert.equal(toll(assets), null);
  });

  it("should keep a sanctions report's toll of its own news, and any other report's toll told so", () => {
    const own = 'Canada bars Moldavian officials.\n\nOTTAWA -- Canada on Tuesday imposed visa bans on three Moldavian prosecutors. Police fired on protesters outside the Canadian embassy in Chisinau hours later, killing two.';
    assert.equal(toll(own)?.killed, 2);
    const followUp = 'Student buried after newsroom raid.\n\nCHISINAU -- Hundreds attended the funeral on Tuesday of the cameraman shot in the raid on the newsroom, in which one man was killed.';
    assert.equal(leadsWithSanction(followUp), false);
    assert.equal(toll(followUp)?.killed, findCasualties(followUp)?.killed);
  });

  it('should keep a death a sanctions report tells as news with "said that"', () => {
    const told = 'Canada bars Moldavian officials.\n\nOTTAWA -- Canada on Tuesday imposed visa bans on three Moldavian prosecutors. Hours later police in Chisinau said that two protesters were killed when officers fired on a march.';
    assert.equal(toll(told)?.killed, 2);
    // The relative "that" still marks the harm the measure answers.
    const answered = 'Canada bars Moldavian officials.\n\nOTTAWA -- Canada on Tuesday imposed visa bans on three Moldavian prosecutors over the raid that killed two protesters.';
    assert.equal(toll(answered), null);
  });
});
