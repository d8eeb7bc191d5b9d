import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthValue, quarterValue, resolveWeekday, weekValue } from './timex-calendar.js';

describe('timex calendar', () => {
  it('should number weeks as ISO 8601 does across the turn of a year', () => {
    assert.equal(weekValue({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.equal(weekValue({ year: 2024, month: 12, day: 30 }), '2025-W01');
    assert.equal(weekValue({ year: 2024, month: 3, day: 30 }), '2024-W13');
  });

  it('should carry months and quarters over the year', () => {
    assert.equal(monthValue(2024, 0), '2023-12');
    assert.equal(monthValue(2024, 13), '2025-01');
    assert.equal(quarterValue(2024, 0), '2023-Q4');
  });

  it('should take a weekday on or before the reference for the past and after it for the future', () => {
    const saturday = { year: 2024, month: 3, day: 30 };
    assert.deepEqual(resolveWeekday(saturday, 6, false), saturday);
    assert.deepEqual(resolveWeekday(saturday, 1, false), { year: 2024, month: 3, day: 25 });
    assert.deepEqual(resolveWeekday(saturday, 1, true), { year: 2024, month: 4, day: 1 });
  });
});
