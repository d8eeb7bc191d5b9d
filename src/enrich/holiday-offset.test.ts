import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../model/types.js';
import { withHolidayOffsets } from './holiday-offset.js';

/** A holiday's timex as the reader gives it, found by its text in the body. */
function holiday(body: string, text: string, value: string): Timex {
  const start = body.indexOf(text);
  return { type: 'DATE', value, text, start, end: start + text.length, anchoring: 'inferred' };
}

describe('withHolidayOffsets', () => {
  it('should count the days after or before a holiday', () => {
    const two = 'Gunfire from a passing car killed a girl two days after Christmas.';
    assert.deepEqual(withHolidayOffsets(two, [holiday(two, 'Christmas', '2025-12-25')]).map((t) => [t.value, t.text]), [['2025-12-27', 'two days after Christmas']]);
    const hyphened = 'Police named a suspect in the day-after-Thanksgiving shooting.';
    assert.deepEqual(withHolidayOffsets(hyphened, [holiday(hyphened, 'Thanksgiving', '2025-11-27')]).map((t) => t.value), ['2025-11-28']);
    const night = 'He was wounded at a street barbecue the night before Labor Day.';
    assert.deepEqual(withHolidayOffsets(night, [holiday(night, 'Labor Day', '2025-09-01')]).map((t) => t.value), ['2025-08-31']);
  });

  it('should leave a holiday alone with no count of days before it', () => {
    const plain = 'The shooting happened on Christmas.';
    assert.deepEqual(withHolidayOffsets(plain, [holiday(plain, 'Christmas', '2025-12-25')]).map((t) => t.value), ['2025-12-25']);
    const days = 'Shops stayed busy in the days after Christmas.';
    assert.deepEqual(withHolidayOffsets(days, [holiday(days, 'Christmas', '2025-12-25')]).map((t) => t.value), ['2025-12-25']);
  });
});
