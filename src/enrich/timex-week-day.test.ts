import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { weekdayInWeek } from './timex-week-day.js';

/** Wednesday 27 March 2024 (ISO week 13). */
const WEDNESDAY = referenceFrom('2024-03-27T15:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a weekday in a named week', () => {
  it('should read "Tuesday last week" as that Tuesday, not last week alone', () => {
    // The weekday had been lost to the rule for "last week" (2024-W12).
    assert.deepEqual(read('Officials met on Tuesday last week.'), ['Tuesday last week=2024-03-19']);
  });

  it('should read the weekday of next week and of this week', () => {
    assert.deepEqual(read('The talks will open on Friday of next week.'), ['Friday of next week=2024-04-05']);
    assert.deepEqual(read('The vote is set for Monday next week.'), ['Monday next week=2024-04-01']);
    assert.deepEqual(read('The company reports results on Thursday this week.'), ['Thursday this week=2024-03-28']);
  });

  it('should read "last week\'s Thursday" as a day of last week', () => {
    assert.deepEqual(read("Last week's Thursday session ended early."), ["Last week's Thursday=2024-03-21"]);
  });

  it('should leave "last week" alone where no weekday stands before it', () => {
    assert.deepEqual(read('The bill cleared the House last week.'), ['last week=2024-W12']);
  });

  it('should count weeks from the ISO week of the reference, Monday first', () => {
    const sunday = { year: 2024, month: 3, day: 31 };
    assert.deepEqual(weekdayInWeek(sunday, 1, -1), { year: 2024, month: 3, day: 18 });
    assert.deepEqual(weekdayInWeek(sunday, 7, 0), { year: 2024, month: 3, day: 31 });
  });
});
