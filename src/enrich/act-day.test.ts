import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AFTER_PUBLIC_ACT, publicActDay } from './act-day.js';

describe('publicActDay', () => {
  it("should read a public body's act right before its day, with what it was done for or to", () => {
    assert.equal(publicActDay('Lorries queued on Friday after Peru closed the border post to buses on '), true);
    assert.equal(publicActDay('The council declared a state of emergency on '), true);
    assert.equal(publicActDay('Argentina reopened its Jama crossing with Chile on '), true);
  });

  it('should not give a day to an act another verb stands between, nor to a tally or a shooting', () => {
    assert.equal(publicActDay('The council lifted the state of emergency it declared on '), false);
    assert.equal(publicActDay('The province has logged 310 cases since the start of the outbreak on '), false);
    assert.equal(publicActDay('A guard was shot at the crossing on '), false);
  });
});

describe('AFTER_PUBLIC_ACT', () => {
  it('should read a clause telling the act a day followed', () => {
    assert.equal(AFTER_PUBLIC_ACT.test(' after Peru closed the border post to buses on Thursday.'), true);
    assert.equal(AFTER_PUBLIC_ACT.test(' after a guard was shot at the crossing.'), false);
  });
});
