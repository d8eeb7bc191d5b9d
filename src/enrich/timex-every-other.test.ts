import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Thursday 20 October 2011. */
const THURSDAY = referenceFrom('2011-10-20T10:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), THURSDAY).map((t) => `${t.text}=${t.value}`);
}

describe('sets that skip', () => {
  it('should read "every other" or "every second" weekday as the weekday\'s set, not one day', () => {
    assert.deepEqual(read('The parish council meets every other Thursday.'), ['every other Thursday=XXXX-WXX-4']);
    assert.deepEqual(read('The library van stops every second Tuesday.'), ['every second Tuesday=XXXX-WXX-2']);
    assert.deepEqual(read('Every other Sunday, the family drove to the coast.'), ['Every other Sunday=XXXX-WXX-7']);
    assert.deepEqual(read('Bins are emptied every other Monday morning.'), ['every other Monday morning=XXXX-WXX-1TMO']);
  });

  it('should read an ordinal step of a unit as the length between two times', () => {
    assert.deepEqual(read('A nurse called every third day.'), ['every third day=P3D']);
    assert.deepEqual(read('Every second week the truck comes.'), ['Every second week=P2W']);
    assert.deepEqual(read('The paper comes out every other week.'), ['every other week=P2W']);
  });

  it('should not read "each other" before a weekday as a set', () => {
    assert.deepEqual(read('The two ministers met each other Monday.'), ['Monday=2011-10-17']);
  });

  it('should not read "every second" before a compound or a weekday as a second', () => {
    assert.deepEqual(read('Every second-floor room was searched.'), []);
    assert.ok(!read('The library van stops every second Tuesday.').some((r) => r.endsWith('=PT1S')));
  });
});
