import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitySummaries } from './entities.js';
import { groupEntities } from './entity-groups.js';
import { entryNames } from './entity-filter.js';

const bodies = (...rows: [name: string, events: number, country?: string][]) => entitySummaries(rows.map(([name, events, country]) => ({ name, events, ...(country ? { country } : {}) })), 'organization');

describe('entity list entries of a body named in two languages', () => {
  it('should join the names of one listed body across events, whatever country its spokesmen had', () => {
    const groups = groupEntities(bodies(['MSF', 3, 'FR'], ['Doctors Without Borders', 2], ['Médecins Sans Frontières', 1, 'BE'], ['Harbour Board', 1]));
    const charity = groups.find((g) => g.members.some((m) => m.name === 'MSF'));
    assert.deepEqual(charity?.members.map((m) => m.name).sort(), ['Doctors Without Borders', 'MSF', 'Médecins Sans Frontières']);
    assert.equal(groups.length, 2);
  });

  it('should widen a filter by any of the names, and a body\'s filter to the entries of its organs', () => {
    const groups = groupEntities(bodies(['World Trade Organization', 2], ['Dispute Settlement Body', 1], ['Harbour Board', 1]));
    assert.deepEqual(entryNames(groups, 'WTO')?.sort(), ['Dispute Settlement Body', 'WTO', 'World Trade Organization']);
    assert.deepEqual(entryNames(groups, 'Dispute Settlement Body'), ['Dispute Settlement Body'], 'an organ\'s filter does not widen to its body');
    assert.deepEqual(entryNames(groupEntities(bodies(['Dispute Settlement Body', 1])), 'World Trade Organization')?.sort(), ['Dispute Settlement Body', 'World Trade Organization'], 'found where only the organ is stored');
  });
});
