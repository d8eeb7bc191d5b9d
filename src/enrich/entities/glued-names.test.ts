import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGluedList } from './glued-names.js';

describe('a list of names that lost its separators', () => {
  it('should be no person', () => {
    assert.equal(isGluedList({ text: 'Ann MorrowPeter HaleLinda Cho', type: 'person' }), true);
  });

  it('should keep names written with a capital inside', () => {
    for (const text of ['MaryEllen Ruiz', 'AbdulKadir Omar Hassan', 'Kevin FitzGerald', 'DeShawn McDonald', 'Ann Morrow']) assert.equal(isGluedList({ text, type: 'person' }), false, text);
  });

  it('should leave bodies and places to their own rules', () => {
    assert.equal(isGluedList({ text: 'MetroHealth WellStar CarePlex', type: 'organization' }), false);
  });
});
