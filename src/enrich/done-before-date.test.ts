import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDoneBeforeDate, withoutParticiples } from './done-before-date.js';

describe('describeDoneBeforeDate', () => {
  it('should name a policy act told by its noun and a participle before the date', () => {
    assert.equal(describeDoneBeforeDate('Farmers protested against the levies announced on '), 'Levies announced');
    assert.equal(describeDoneBeforeDate('The court said the appeal filed on '), 'Appeal filed');
  });

  it('should name the act of a relative clause with its actor', () => {
    assert.equal(describeDoneBeforeDate('The dispute turns on the quotas of 10% on Chilean copper that Ottawa imposed on '), 'Quotas imposed');
  });

  it('should give the second act of a pair its own participle', () => {
    assert.equal(describeDoneBeforeDate('Officials said the duties announced on May 4 and suspended on '), 'Duties suspended');
  });

  it('should not read such a noun without its participle as an act', () => {
    assert.equal(describeDoneBeforeDate('The town kept its ban on '), null);
    assert.equal(describeDoneBeforeDate('He paid the duties on '), null);
  });
});

describe('withoutParticiples', () => {
  it('should leave out the participle and keep the noun', () => {
    assert.deepEqual([...withoutParticiples(new Set(['levies', 'announced']))], ['levies']);
  });
});

describe('withoutParticiples: stems', () => {
  it('should leave out a participle kept as its stem', () => {
    assert.deepEqual([...withoutParticiples(new Set(['levy', 'announc']))], ['levy']);
  });
});
