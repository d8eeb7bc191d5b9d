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
