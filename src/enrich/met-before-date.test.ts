import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeMeetingBeforeDate } from './met-before-date.js';

describe('describeMeetingBeforeDate', () => {
  it("should name office-holders' meeting by its place, before the day", () => {
    assert.equal(describeMeetingBeforeDate('Transport ministers who met in Vienna on '), 'Meeting in Vienna');
    assert.equal(describeMeetingBeforeDate('The plan was drawn up after the two presidents had met at Camp David on '), 'Meeting in Camp David');
  });

  it('should not read others who met as a meeting of states', () => {
    assert.equal(describeMeetingBeforeDate('Residents who met at the Grace Church on '), null);
  });
});
