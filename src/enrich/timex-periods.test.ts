import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const MAY = referenceFrom('2010-05-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('quarters as financial news abbreviates them', () => {
  it('should read the year written straight after the quarter ("4Q09")', () => {
    assert.deepEqual(read('The lender swung from a loss in 4Q09 to a profit in 1Q10.'), ['4Q09=2009-Q4', '1Q10=2010-Q1']);
  });
});

describe('a range of years after "the years"', () => {
  it('should read both ends ("the years 2027 to 2030" had lost its start)', () => {
    assert.deepEqual(read('The plan covers the years 2011 to 2014.'), ['2011=2011', '2014=2014']);
    assert.deepEqual(read('He served as mayor from 2002 to 2006.'), ['2002=2002', '2006=2006']);
  });
});
