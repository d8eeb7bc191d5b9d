import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withPrintedDay } from './printed-date.js';

describe('withPrintedDay', () => {
  it('should take the printed date where the given one is two days or more after it', () => {
    assert.equal(withPrintedDay('2019-06-30', '2017-03-04T16:26:00'), '2017-03-04T16:26:00');
    assert.equal(withPrintedDay('2021-10-12T12:00:00Z', '2021-10-10'), '2021-10-10');
  });

  it('should keep the given date where the printed one is the same day, a day before, or after it', () => {
    assert.equal(withPrintedDay('2021-10-12', '2021-10-12T09:00:00'), '2021-10-12');
    assert.equal(withPrintedDay('2021-10-12', '2021-10-11T23:40:00'), '2021-10-12');
    assert.equal(withPrintedDay('2021-10-12', '2021-10-20'), '2021-10-12');
  });

  it('should keep what there is where either date is missing or unreadable', () => {
    assert.equal(withPrintedDay(null, '2021-10-10'), null);
    assert.equal(withPrintedDay('2021-10-12', null), '2021-10-12');
    assert.equal(withPrintedDay('2021-10-12', 'soon'), '2021-10-12');
  });
});
