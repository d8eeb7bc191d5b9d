import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { talksOfIncident } from './talks-of.js';
import { outranks, rankCandidate } from './related.js';

describe('talksOfIncident', () => {
  it('should take a title blaming someone for a theft as talk of the theft', () => {
    assert.equal(talksOfIncident('Police blame river gang for museum theft', ['theft']), true);
    assert.equal(talksOfIncident('Lisbon sanctions two brokers over the museum theft', ['theft']), true);
  });

  it('should take the incident\'s own title as the incident', () => {
    assert.equal(talksOfIncident('Thieves empty museum vault in Porto', ['theft']), false);
  });

  it('should not apply to a mention of the answer itself', () => {
    assert.equal(talksOfIncident('Lisbon sanctions two brokers', ['sanctions']), false);
  });
});

describe('outranks: the incident before the statement about it', () => {
  it('should link "the May theft" to the theft, not to the statement blaming a gang for it', () => {
    const words = ['theft'];
    const names = ['porto'];
    const theft = rankCandidate('evt_b', 'Thieves drain museum vault in Porto', 'Thieves drain museum vault in Porto. The theft of the coins was found on Monday.', words, names);
    const blame = rankCandidate('evt_a', 'Police blame river gang for Porto museum theft', 'Police blame river gang for Porto museum theft. Police said the theft was planned.', words, names);
    assert.ok(theft.score > 0 && blame.score > 0);
    assert.ok(outranks(theft, blame));
    assert.ok(!outranks(blame, theft));
  });
});

describe('talksOfIncident, warnings', () => {
  it('should take a joint warning or an advisory about a gang as talk of the attacks it recalls', () => {
    assert.equal(talksOfIncident('Three states issue joint warning on Greywing gang', ['attack', 'hospital']), true);
    assert.equal(talksOfIncident('Agencies publish advisory on Greywing ransomware', ['attack']), true);
  });

  it('should take the attack\'s own title as the incident', () => {
    assert.equal(talksOfIncident('Riga hospital diverts ambulances after cyberattack', ['attack', 'hospital']), false);
  });
});
