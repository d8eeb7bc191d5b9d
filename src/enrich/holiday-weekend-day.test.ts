import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { withHolidayWeekendDays } from './holiday-weekend-day.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): { value: string; anchoring: string; fallback: boolean } | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  const found = chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference);
  return found ? { value: found.value, anchoring: found.anchoring, fallback: found.fallback } : null;
}

describe('withHolidayWeekendDays', () => {
  it('should stand a holiday weekend for the holiday\'s own day, inferred', () => {
    const weekend = { type: 'DATE' as const, value: '2014-W21-WE', text: 'the Memorial Day weekend', start: 0, end: 24, anchoring: 'stated' as const };
    assert.deepEqual(withHolidayWeekendDays([weekend]).map((t) => [t.value, t.anchoring]), [['2014-05-26', 'inferred']]);
    // New Year's Day 2022 fell on a Saturday: its weekend is in ISO week 52 of 2021.
    const newYear = { ...weekend, value: '2021-W52-WE', text: "New Year's Day weekend" };
    assert.deepEqual(withHolidayWeekendDays([newYear]).map((t) => t.value), ['2022-01-01']);
  });

  it('should leave a weekend that names no holiday as it is', () => {
    const plain = { type: 'DATE' as const, value: '2014-W21-WE', text: 'the weekend', start: 0, end: 11, anchoring: 'inferred' as const };
    assert.deepEqual(withHolidayWeekendDays([plain]).map((t) => t.value), ['2014-W21-WE']);
  });
});

describe('the event day of a story dated only by a holiday weekend (review63b finding 4)', () => {
  it('should fall inside the weekend, not on the publication day', () => {
    // Memorial Day 2014 was Monday 26 May; its weekend ran from Saturday the 24th.
    const gary = eventDate('A man was shot and killed over the Memorial Day weekend in Gary, police said. The victim, 22, died at a hospital.', '2014-06-03T12:00:00Z');
    assert.deepEqual(gary, { value: '2014-05-26', anchoring: 'inferred', fallback: false });
    const chicago = eventDate('Police said gunfire hit at least 12 people in Chicago over the Memorial Day weekend.', '2014-05-28T12:00:00Z');
    assert.equal(chicago?.value, '2014-05-26');
    // Easter Sunday 2024 was 31 March; Thanksgiving 2014 was Thursday 27 November.
    assert.equal(eventDate('Two teens were shot over the Easter weekend on the South Side.', '2024-04-03T12:00:00Z')?.value, '2024-03-31');
    assert.equal(eventDate('A man was shot on the Thanksgiving weekend.', '2014-12-03T12:00:00Z')?.value, '2014-11-27');
  });
});
