import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 12 April 2000, noon. */
const WEDNESDAY = referenceFrom('2000-04-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('"midday" as the only time word of a sentence', () => {
  it('should reach chrono-node, as "noon" does (the pre-filter had let the sentence off)', () => {
    assert.deepEqual(read('By midday, the index had won back half of its losses.'), ['midday=2000-04-12T12:00']);
    assert.deepEqual(read('Trading in the bank was halted at midday.'), ['midday=2000-04-12T12:00']);
  });

  it('should read it the same way beside another time word, as it was read before', () => {
    assert.deepEqual(read('The envoy left at midday on Monday.'), ['midday on Monday=2000-04-10T12:00']);
  });
});

describe('a weekday cut short, written in lower case with no full stop', () => {
  it('should be the word, not a day: "the midday sun", "sat until midnight"', () => {
    assert.deepEqual(read('Marchers waited for hours in the midday sun.'), ['hours=PTXH', 'midday=2000-04-12T12:00']);
    assert.deepEqual(read('The committee sat until midnight.'), ['midnight=2000-04-11T24:00']);
  });

  it('should leave the day the sentence does name ("the afternoon sun on Tuesday" had lost its Tuesday)', () => {
    assert.deepEqual(read('Farm hands worked under the afternoon sun on Tuesday.'), ['Tuesday=2000-04-11']);
    assert.deepEqual(read('The pair wed on Saturday in a small chapel.'), ['Saturday=2000-04-08']);
  });

  it('should still read a short weekday with its full stop', () => {
    assert.deepEqual(read('The vote was set for Sat., the council said.').map((r) => r.split('=')[0]), ['Sat.']);
  });
});

describe('"midday" or "noon" before an incident', () => {
  it('should not be read on the publication day: the incident\'s day is not given by it', () => {
    assert.deepEqual(read('Two days after a brazen midday shooting, detectives have no suspect.'), ['Two days=P2D']);
    assert.deepEqual(read('The noon robbery at the bank left a teller hurt.'), []);
  });

  it('should still read the time of day where it is no modifier', () => {
    assert.deepEqual(read('The man was shot at noon outside the store.'), ['noon=2000-04-12T12:00']);
  });
});
