import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../model/types.js';
import { sampleArticle } from '../store/contract.js';
import { oneMomentAcrossMidnight } from './utc-local-day.js';

/** A report whose body gives one clock, read as `value` (the timex stage's reading). */
function clocked(n: number, body: string, clock: string, value: string): Article {
  const start = body.indexOf(clock);
  return sampleArticle(n, { body, timexes: [{ text: clock, value, type: 'TIME', start, end: start + clock.length, anchoring: 'inferred' }] });
}

const utc = clocked(1, 'The raiders approached in two skiffs at 2315 UTC, a monitoring agency said.', '2315 UTC', '2027-03-14T23:15Z');
const local = clocked(2, 'The attack took place at 2:15 a.m. local time, the naval force said.', '2:15 a.m.', '2027-03-15T02:15');
const DAYS = ['2027-03-14', '2027-03-15'] as const;

describe('oneMomentAcrossMidnight', () => {
  it('should read a UTC clock on one day and a local clock on the next as one moment where the offset fits the place', () => {
    // Off Somalia, 45 degrees east: UTC+3.
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [local], [45.3]), true);
  });

  it('should leave the dates disputed where the offset does not fit the place, or the place is unknown', () => {
    // Three hours ahead of UTC is no zone at 75 degrees west.
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [local], [-75]), false);
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [local], []), false);
    // Reports filed from Mombasa and from Washington: the offset fits one place, not both.
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [local], [39.7, -77]), false);
  });

  it('should leave the dates disputed where a side gives no clock, a clock of no zone, or both sides the same kind', () => {
    const bare = clocked(3, 'The attack took place at 2:15 a.m., the naval force said.', '2:15 a.m.', '2027-03-15T02:15');
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [bare], [45.3]), false);
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [sampleArticle(4, { body: 'Pirates seized the ship on Monday.' })], [45.3]), false);
    const utcNext = clocked(5, 'The raiders boarded at 0215 UTC, the agency said.', '0215 UTC', '2027-03-15T02:15Z');
    assert.equal(oneMomentAcrossMidnight(DAYS, [utc], [utcNext], [45.3]), false);
  });

  it('should leave two days apart disputed, whatever the clocks', () => {
    const later = clocked(6, 'The attack took place at 2:15 a.m. local time, the naval force said.', '2:15 a.m.', '2027-03-16T02:15');
    assert.equal(oneMomentAcrossMidnight(['2027-03-14', '2027-03-16'], [utc], [later], [45.3]), false);
  });
});
