import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../model/types.js';
import { utc } from '../util/dates.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { yearBack } from './year-back-incident.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

const timex = (text: string, value: string, type: Timex['type'] = 'DATE', anchoring: Timex['anchoring'] = 'stated'): Timex => ({ text, value, type, start: 0, end: text.length, anchoring });

describe('yearBack', () => {
  const latest = utc(2024, 9, 18);
  it('should move a month and day read as the coming one back a year', () => {
    assert.deepEqual(yearBack(timex('Nov. 22', '2024-11-22'), latest), { value: '2023-11-22', at: utc(2023, 10, 22) });
    // A clock time keeps its hour.
    assert.equal(yearBack(timex('2 a.m. on Nov. 22', '2024-11-22T02:00', 'TIME'), latest)?.value, '2023-11-22T02:00');
  });

  it('should keep a day whose year is written, one worked out from a weekday, and one that is not ahead', () => {
    assert.equal(yearBack(timex('Nov. 22, 2024', '2024-11-22'), latest), null);
    assert.equal(yearBack(timex('11/22/24', '2024-11-22'), latest), null);
    assert.equal(yearBack(timex('Nov. 22', '2024-11-22'), latest, ' of this year, the count found'), null);
    assert.equal(yearBack(timex('Friday', '2024-11-22', 'DATE', 'inferred'), latest), null);
    assert.equal(yearBack(timex('2024-11', '2024-11', 'DATE'), latest), null);
    // 29 February has no day a year back.
    assert.equal(yearBack(timex('Feb. 29', '2028-02-29'), utc(2027, 11, 1)), null);
  });
});

describe('chooseEventDate with a follow-up months after its incident', () => {
  it("should date a plea by last year's incident the text names by its month and day", () => {
    // Published on Friday 2024-10-18: the shootout the men pleaded guilty to was on 22 November 2023.
    const body = 'Three men pleaded guilty Friday over the Nov. 22 gunfight at a park that wounded nine people. Sentencing is set for January.';
    assert.equal(eventDate(body, '2024-10-18'), '2023-11-22');
  });

  it('should not move back a day still to come that names no incident', () => {
    // "the Nov. 22 hearing" is ahead; the report's own day is the arrest's.
    const body = 'Police arrested a man Thursday in the shooting of a store clerk. He is due in court for the Nov. 22 hearing.';
    assert.equal(eventDate(body, '2024-10-18'), '2024-10-17');
  });
});
