import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 27 March 2024. */
const WEDNESDAY = referenceFrom('2024-03-27T10:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a weekday a clause leads up to', () => {
  it('should put it after the day the clause names', () => {
    // Read alone, the Friday had been the one before the publication (22 March), before the Monday.
    assert.deepEqual(read("Stocks fell on Monday ahead of Friday's jobs report."), ['Monday=2024-03-25', 'Friday=2024-03-29']);
    assert.deepEqual(read("Markets fell on Friday ahead of Monday's holiday."), ['Friday=2024-03-22', 'Monday=2024-03-25']);
  });

  it('should leave a weekday already after the day named, and one with no day named before it', () => {
    assert.deepEqual(read("On Tuesday, officials met ahead of Thursday's summit."), ['Tuesday=2024-03-26', 'Thursday=2024-03-28']);
    assert.deepEqual(read("Stocks rose ahead of Friday's jobs report."), ['Friday=2024-03-22']);
  });
});

describe('a weekday awaited after the day the clause names', () => {
  it('should put it after that day, as with "ahead of"', () => {
    assert.deepEqual(read("Stocks fell on Monday as investors awaited Friday's jobs report."), ['Monday=2024-03-25', 'Friday=2024-03-29']);
  });
});
