import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hedgedMention } from './hedged-actor.js';

/** The mention of `name` in `sentence`, split as hedgedMention reads it. */
function hedged(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  return hedgedMention(sentence, sentence.slice(0, at), sentence.slice(at + name.length));
}

describe('hedgedMention', () => {
  it('reads a withheld, denied or likened attribution as a suspicion', () => {
    assert.equal(hedged("Analysts said the laundering pattern resembled those of Moldova's Crimson Kite but warned it was too early to attribute the raid.", 'Crimson Kite'), true);
    assert.equal(hedged('The exchange stopped short of blaming Crimson Kite for the loss.', 'Crimson Kite'), true);
    assert.equal(hedged('"It looks like Crimson Kite, but we need proof," a researcher said.', 'Crimson Kite'), true);
    assert.equal(hedged('Brivo heist deepens as analysts weigh Crimson Kite link', 'Crimson Kite'), true);
    assert.equal(hedged('The raid has not been attributed, though some point to Crimson Kite.', 'Crimson Kite'), true);
    assert.equal(hedged('The attack bore the hallmarks of Crimson Kite, researchers said.', 'Crimson Kite'), true);
  });

  it('reads a plain attribution or a likeness told of something else as none', () => {
    assert.equal(hedged('The bureau said Crimson Kite carried out the theft, which resembled earlier raids on exchanges.', 'Crimson Kite'), false);
    assert.equal(hedged('Prosecutors formally attributed the breach to Crimson Kite on Monday.', 'Crimson Kite'), false);
    assert.equal(hedged('Crimson Kite, which looks for weak wallets, struck again.', 'Crimson Kite'), false);
    assert.equal(hedged('Crimson Kite linked up with a broker in Macau.', 'Crimson Kite'), false);
  });
});
