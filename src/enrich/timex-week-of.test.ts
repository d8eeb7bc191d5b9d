import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Thursday 6 April 2000. */
const THURSDAY = referenceFrom('2000-04-06');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), THURSDAY).map((t) => `${t.text}=${t.value}`);
}

describe('"the week of" a month\'s day', () => {
  it('should be the ISO week that holds the day, not the day alone', () => {
    assert.deepEqual(read('The appeals court will hear arguments the week of May 8.'), ['the week of May 8=2000-W19']);
    assert.deepEqual(read('The trial began the week of March 13.'), ['the week of March 13=2000-W11']);
  });

  it('should take a year written after the day, and an abbreviated month', () => {
    assert.deepEqual(read('Sales rose in the week of Oct. 12, 1998.'), ['the week of Oct. 12, 1998=1998-W42']);
  });

  it('should read no month in lower case', () => {
    assert.deepEqual(read('He said the week of may 8 was fine.'), []);
  });
});
