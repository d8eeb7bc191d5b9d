import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { tradingDayFrom } from './timex-trading-day.js';

/** Wednesday 15 May 2024. */
const MAY = referenceFrom('2024-05-15');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('the trading or business day before or after a day', () => {
  it('should step over a weekend', () => {
    assert.deepEqual(tradingDayFrom({ year: 2024, month: 5, day: 13 }, -1), { year: 2024, month: 5, day: 10 });
    assert.deepEqual(tradingDayFrom({ year: 2024, month: 5, day: 10 }, 1), { year: 2024, month: 5, day: 13 });
    assert.deepEqual(tradingDayFrom({ year: 2024, month: 5, day: 15 }, -1), { year: 2024, month: 5, day: 14 });
  });

  it('should count from the day the story last named', () => {
    assert.deepEqual(read('The Kospi slid 2% on Monday, after a gain of 1% the previous trading day.'), ['Monday=2024-05-13', 'the previous trading day=2024-05-10']);
    assert.deepEqual(read('Dealing in the miner was halted on Friday and began again the next business day.'), ['Friday=2024-05-10', 'the next business day=2024-05-13']);
  });

  it('should count back from the publication day when no day was named, and leave a day after unread', () => {
    assert.deepEqual(read('On the preceding trading day, the rand had weakened.'), ['the preceding trading day=2024-05-14']);
    assert.deepEqual(read('Refunds are paid on the following working day.'), []);
  });
});
