import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countySeat } from './county-seats.js';

describe('county seats', () => {
  it('should give the seat of a county in a state, however the county is written', () => {
    assert.equal(countySeat('Harris County', 'TX')?.name, 'Houston');
    assert.equal(countySeat('GARRETT CO.', 'MD')?.name, 'Oakland');
    assert.equal(countySeat('St. Louis County', 'MN')?.name, countySeat('Saint Louis County', 'MN')?.name);
  });

  it('should give a seat without a state only where one state has a county of the name', () => {
    assert.equal(countySeat('Maricopa County', null)?.name, 'Phoenix');
    assert.equal(countySeat('Washington County', null), null);
  });

  it('should know no seat for a county the state does not have', () => {
    assert.equal(countySeat('Maricopa County', 'TX'), null);
  });
});
