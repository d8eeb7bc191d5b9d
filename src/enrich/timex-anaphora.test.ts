import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 15 May 2024. */
const MAY = referenceFrom('2024-05-15');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MAY).map((t) => `${t.text}=${t.value}`);
}

describe('lengths counted back from the date the story named', () => {
  it('should count "two weeks earlier" back from the day the story last named', () => {
    assert.deepEqual(read('He was arrested on March 3. Two weeks earlier he had bought a gun.'), ['March 3=2024-03-03', 'Two weeks earlier=2024-W07']);
    assert.deepEqual(read('The dam was finished in 1958. Two years earlier it had flooded.'), ['1958=1958', 'Two years earlier=1956']);
  });

  it('should count from the publication day when the story named no date', () => {
    assert.deepEqual(read('She had bought the gun three days earlier.'), ['three days earlier=2024-05-12']);
  });

  it('should leave "a year earlier" to the reading of a results story\'s quarters', () => {
    assert.deepEqual(read('Profit in the first quarter rose from a year earlier.'), ['the first quarter=2024-Q1', 'a year earlier=2023-Q1']);
  });

  it('should read "the day before" in apposition to a date as that date', () => {
    assert.deepEqual(read('Shares fell on Oct. 12, the day before the plunge.'), ['Oct. 12=2023-10-12', 'the day before=2023-10-12']);
    assert.deepEqual(read('Shares fell on Oct. 12. The day before, they had risen.'), ['Oct. 12=2023-10-12', 'The day before=2023-10-11']);
  });
});
