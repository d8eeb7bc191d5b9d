import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { leadsWithPledges } from './pledge-lead.js';
import { ownCasualties } from './recalled-toll.js';

describe('leadsWithPledges', () => {
  it('should read donors pledging or meeting in the headline or lead', () => {
    assert.equal(leadsWithPledges('Donors pledge $450 million for quake survivors.\n\nGENEVA — Donors met on Tuesday.'), true);
    assert.equal(leadsWithPledges('Aid for survivors.\n\nA donors\' conference in Geneva raised $450 million on Tuesday.'), true);
  });

  it('should not read a reward pledged over a shooting', () => {
    assert.equal(leadsWithPledges('Reward offered.\n\nCrime Stoppers pledged $5,000 for information on the shooting that killed two men.'), false);
  });
});

describe('ownCasualties in a report of donors\' pledges', () => {
  it('should not give the pledges the toll of the earthquake they are for', () => {
    const text = 'Donors pledge $450 million for quake survivors.\n\nGENEVA — The earthquake, which killed 372 people on the Iran-Iraq border, left 70,000 homeless, donors at a conference in Geneva heard on Tuesday.\n\nOne private donor pledged $5,000 for each family.';
    assert.equal(ownCasualties(findCasualties(text), text, [], null, findCasualties), null);
  });
});
