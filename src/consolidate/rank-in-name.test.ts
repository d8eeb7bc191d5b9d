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
});
