import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officeHolderNames, sharesOnlyOfficeHolders } from './office-holders.js';

describe('office-holders: ministers and envoys named at every step of a policy story', () => {
  it('should take ministers, commissioners, governors and ambassadors, not victims, suspects or chief executives', () => {
    const names = officeHolderNames([
      { name: 'Dewi Anggraini', role: 'Minister of Fisheries' },
      { name: 'Lotte Verbeke', role: 'EU Agriculture Commissioner' },
      { name: 'Tomas Ruud', role: 'central bank governor' },
      { name: 'Ines Calloway', role: "Canada's ambassador to the WTO" },
      { name: 'Brent Hollis', role: null },
      { name: 'Marco Ellery', role: 'chief executive' },
    ]);
    assert.deepEqual([...names].sort(), ['Dewi Anggraini', 'Ines Calloway', 'Lotte Verbeke', 'Tomas Ruud']);
  });

  it('should find a pair tied only by office-holders, and not one that also shares anyone else', () => {
    const offices = new Set(['p:anggraini dewi', 'p:lotte verbeke']);
    assert.equal(sharesOnlyOfficeHolders(['l:jakarta', 'p:anggraini dewi'], ['p:anggraini dewi', 'p:lotte verbeke'], offices), true);
    assert.equal(sharesOnlyOfficeHolders(['p:anggraini dewi', 'p:brent hollis'], ['p:anggraini dewi', 'p:brent hollis'], offices), false);
    assert.equal(sharesOnlyOfficeHolders(['p:brent hollis'], ['p:lotte verbeke'], offices), false);
  });
});

describe('office-holders: titles of the same words that are no office of state (review68)', () => {
  it('should not take a police commissioner, a press secretary, a vice president of sales or a school governor', () => {
    const names = officeHolderNames([
      { name: 'Ada Brennan', role: 'police commissioner' },
      { name: 'Bram Castell', role: 'White House press secretary' },
      { name: 'Cleo Dunmore', role: 'vice president of sales' },
      { name: 'Dorian Ellwood', role: 'school governor' },
      { name: 'Esme Fairholm', role: "tenants' association president" },
      { name: 'Felix Garrow', role: 'Minister of Trade' },
    ]);
    assert.deepEqual([...names], ['Felix Garrow']);
  });
});
