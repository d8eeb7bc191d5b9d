import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveDay } from './effect-day.js';

describe('effectiveDay', () => {
  it('reads the day a levy or a duty starts to apply', () => {
    assert.equal(effectiveDay('The finance ministry on Monday delayed the sugar levy, which was due to come into force on '), true);
    assert.equal(effectiveDay('The duties on imported bicycles, set to take effect from '), true);
    assert.equal(effectiveDay('Parliament agreed that the new quota would apply from '), true);
    assert.equal(effectiveDay('The fishing licence fees will be collected from '), true);
  });

  it('leaves a meeting day and an act day alone', () => {
    assert.equal(effectiveDay('The two trade ministers will meet in Lisbon on '), false);
    assert.equal(effectiveDay('The cabinet approved the levy on '), false);
    assert.equal(effectiveDay('Negotiators are to resume talks on '), false);
  });
});
