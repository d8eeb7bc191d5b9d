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

describe('a count of weeks before or after a weekday', () => {
  it('should read "a week ago Friday" as the Friday a week before the last one', () => {
    // Said on Wednesday 27 March: the last Friday is the 22nd, a week before it the 15th.
    assert.deepEqual(read('The store was robbed a week ago Friday.'), ['a week ago Friday=2024-03-15']);
    assert.deepEqual(read('She was last seen two weeks ago Sunday, her sister said.'), ['two weeks ago Sunday=2024-03-10']);
  });

  it('should read "a week from Tuesday" as the Tuesday a week after the next one', () => {
    assert.deepEqual(read('The trial opens a week from Tuesday.'), ['a week from Tuesday=2024-04-09']);
    assert.deepEqual(read('Ballots are due three weeks from Monday.'), ['three weeks from Monday=2024-04-22']);
  });

  it('should keep a part of the day written after the weekday', () => {
    assert.deepEqual(read('The fire broke out a week ago Saturday night.'), ['a week ago Saturday night=2024-03-16TNI']);
  });

  it('should leave "a week ago" alone when no weekday follows it', () => {
    assert.deepEqual(read('The store was robbed a week ago.'), ['a week ago=2024-03-20']);
  });
});

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
