import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { nthWeekday } from './timex-nth-weekday.js';

/** Wednesday 12 May 2010. */
const MAY = referenceFrom('2010-05-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('nthWeekday', () => {
  it('should count a weekday from the start of a month, or from its end for "last"', () => {
    assert.deepEqual(nthWeekday(2012, 11, 2, 1), { year: 2012, month: 11, day: 6 });
    assert.deepEqual(nthWeekday(2010, 5, 1, -1), { year: 2010, month: 5, day: 31 });
    assert.deepEqual(nthWeekday(2010, 3, 7, 2), { year: 2010, month: 3, day: 14 });
  });

  it('should give no day past the end of the month', () => {
    assert.equal(nthWeekday(2010, 2, 1, 5), null);
  });
});

describe('a weekday counted within a month', () => {
  it('should read "the first Tuesday of November 2012" as one date, not a Tuesday this week and a month', () => {
    assert.deepEqual(read('The presidential vote is set for the first Tuesday of November 2012.'), ['the first Tuesday of November 2012=2012-11-06']);
  });

  it('should give the month without a year the year a month alone would take', () => {
    assert.deepEqual(read('The parade was held on the last Monday of May.'), ['the last Monday of May=2010-05-31']);
    assert.deepEqual(read('The council met on the second Thursday in February.'), ['the second Thursday in February=2010-02-11']);
    assert.deepEqual(read('The council will meet on the second Thursday in February.'), ['the second Thursday in February=2011-02-10']);
  });
});
