import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber, isoFromMachineDate, shiftDays, utcSortKey } from './dates.js';

describe('isoFromMachineDate', () => {
  it('should normalise real dates and refuse impossible ones', () => {
    assert.equal(isoFromMachineDate('2025-10-15T11:05:00+0100'), '2025-10-15T11:05:00+01:00');
    assert.equal(isoFromMachineDate('2024-02-29'), '2024-02-29');
    assert.equal(isoFromMachineDate('2024-02-30'), null);
    assert.equal(isoFromMachineDate('2023-02-29'), null);
    assert.equal(isoFromMachineDate('2024-02-21T25:61:00'), null);
    assert.equal(isoFromMachineDate('2024-13-01'), null);
  });
});

describe('utcSortKey', () => {
  it('should order by the instant when offsets are stated', () => {
    assert.ok(utcSortKey('2024-03-30T20:00:00+09:00') < utcSortKey('2024-03-30T12:00:00Z'));
    assert.equal(utcSortKey(null), '9999');
  });
});

describe('day arithmetic', () => {
  it('should count and shift whole days', () => {
    assert.equal(dayNumber('2024-03-29') - dayNumber('2024-03-01'), 28);
    assert.equal(shiftDays('2024-02-28', 2), '2024-03-01');
    assert.equal(dayNumber('2023-08'), dayNumber('2023-08-01'));
  });
});
