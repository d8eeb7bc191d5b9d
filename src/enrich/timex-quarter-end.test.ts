import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { quarterClosedBy } from './timex-quarter-end.js';

function read(text: string, published: string): string[] {
  return findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => `${t.text}=${t.value}`);
}

describe('a quarter named by the day it closes on', () => {
  it('should take the calendar quarter that ends on the day, not the last complete one', () => {
    assert.deepEqual(read('The insurer expects a wider loss for the quarter ending December 31.', '2008-10-15'), ['the quarter=2008-Q4', 'December 31=2008-12-31']);
    assert.deepEqual(read('For the quarter ended March 31, the lender earned $2 billion.', '2009-01-20'), ['the quarter=2008-Q1', 'March 31=2008-03-31']);
  });

  it('should read the year written after the day', () => {
    assert.deepEqual(read('Sales slipped in the quarter ended June 30, 2007, the retailer said.', '2008-10-15'), ['the quarter=2007-Q2', 'June 30, 2007=2007-06-30']);
  });

  it('should keep a quarter the story named before, which may be counted in the fiscal year', () => {
    assert.deepEqual(
      read('The chipmaker posted a profit for its fiscal first quarter. Revenue rose 9% in the quarter ended Sept. 27.', '2008-10-15'),
      ['its fiscal first quarter=2008-Q1', 'the quarter=2008-Q1', 'Sept. 27=2008-09-27'],
    );
  });

  it('should leave a quarter closing on a day that ends no calendar quarter to the other readings', () => {
    const day = { year: 2008, month: 10, day: 15 };
    assert.equal(quarterClosedBy(' ended July 31', day, false), null);
    assert.equal(quarterClosedBy(' ended Sept. 12', day, false), null);
    assert.deepEqual(quarterClosedBy(' ended Dec. 29', day, false), [2007, 4]);
    assert.deepEqual(quarterClosedBy(' ending Dec. 31', day, true), [2008, 4]);
    assert.deepEqual(quarterClosedBy(' ended Sept. 30', day, true), [2008, 3]);
  });
});
