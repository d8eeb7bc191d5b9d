import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitRank } from './rank-in-name.js';

describe('splitRank', () => {
  it('should take the rank or title that opens a name as the role', () => {
    for (const [name, rank, rest] of [
      ['Commodore Jane Ash', 'Commodore', 'Jane Ash'],
      ['Corporal Ed Pike', 'Corporal', 'Ed Pike'],
      ['Lt Paul Moss', 'Lt', 'Paul Moss'],
      ['Cpl. Rita Vance', 'Cpl.', 'Rita Vance'],
      ['Staff Sgt. Omar Reyes', 'Staff Sgt.', 'Omar Reyes'],
      ['Deputy Chief Lena Park', 'Deputy Chief', 'Lena Park'],
      ['Trooper Hale', 'Trooper', 'Hale'],
    ] as const) {
      assert.deepEqual(splitRank(name), { rank, name: rest }, name);
    }
  });

  it('should leave names with no rank, and forms of address', () => {
    for (const name of ['Jane Ash', 'Dr. Jane Ash', 'Majors Field', 'Officers Union', 'Chief', 'Sgt. and Mrs.']) assert.equal(splitRank(name), null, name);
  });

  it('should take a compound rank whole (review 62)', () => {
    for (const [name, rank, rest] of [
      ['Maj. Gen. Ann Lee', 'Maj. Gen.', 'Ann Lee'],
      ['Major General Ann Lee', 'Major General', 'Ann Lee'],
      ['Deputy Police Chief Ann Lee', 'Deputy Police Chief', 'Ann Lee'],
      ['Deputy Director Ann Lee', 'Deputy Director', 'Ann Lee'],
      ['Chief Justice John Roberts', 'Chief Justice', 'John Roberts'],
      ['Brig. Gen. Ann Lee', 'Brig. Gen.', 'Ann Lee'],
      ['Lt. Gov. Ann Lee', 'Lt. Gov.', 'Ann Lee'],
      ['Major Ann Lee', 'Major', 'Ann Lee'],
    ] as const) {
      assert.deepEqual(splitRank(name), { rank, name: rest }, name);
    }
  });

  it('should leave a rank word that is the given name before a lone surname', () => {
    for (const name of ['Major Applewhite', 'Judge Reinhold', 'Maj. Gen.']) assert.equal(splitRank(name), null, name);
  });
});
