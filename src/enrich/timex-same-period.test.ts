import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 17 November 2010: results for the third quarter are out. */
const NOVEMBER = referenceFrom('2010-11-17');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), NOVEMBER).map((t) => `${t.text}=${t.value}`);
}

describe('the same period a year back in a results story', () => {
  it('should read "the corresponding period last year" as the reported quarter a year back', () => {
    assert.deepEqual(read('Net income in the third quarter rose to $5 million from $3 million in the corresponding period last year.'), [
      'the third quarter=2010-Q3',
      'the corresponding period last year=2009-Q3',
    ]);
    assert.deepEqual(read('Earnings in the second quarter slipped 6% from the same period a year earlier.'), ['the second quarter=2010-Q2', 'the same period a year earlier=2009-Q2']);
  });

  it('should win over "the previous year" inside it', () => {
    assert.deepEqual(read('Tourist arrivals in the first quarter rose 12% over the same period of the previous year.'), [
      'the first quarter=2010-Q1',
      'the same period of the previous year=2009-Q1',
    ]);
  });

  it('should take a written year as the year of the quarter', () => {
    assert.deepEqual(read('The third-quarter loss compared with a profit in the same period of 1988.'), ['third-quarter=2010-Q3', 'the same period of 1988=1988-Q3']);
  });

  it('should leave the words to the year where no quarter is in focus or a span of months is', () => {
    assert.deepEqual(read('Sales rose 5% compared with the same period last year.'), ['last year=2009']);
    assert.deepEqual(read('For the nine months, revenue climbed 7% over the same period last year.'), ['the nine months=P9M', 'last year=2009']);
  });
});
