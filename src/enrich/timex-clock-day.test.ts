import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Thursday 18 March 2010, written with its day only. */
const THURSDAY = referenceFrom('2010-03-18');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), THURSDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a clock time whose day is written after it', () => {
  it('should put the clock on the day after "local time"', () => {
    assert.deepEqual(read('The earthquake struck at 4:53 p.m. local time on Monday.'), ['4:53 p.m.=2010-03-15T16:53', 'Monday=2010-03-15']);
    assert.deepEqual(read('The plane crashed at 11:20 p.m. local time on March 3, 2009.'), ['11:20 p.m.=2009-03-03T23:20', 'March 3, 2009=2009-03-03']);
  });

  it('should put the clock on the day after a conversion in brackets', () => {
    assert.deepEqual(read('The blast occurred at 10:40 a.m. (0740 GMT) on Tuesday, police said.'), ['10:40 a.m.=2010-03-16T10:40', 'Tuesday=2010-03-16']);
  });

  it('should leave a clock with its own day, and one whose next date stands in another phrase', () => {
    assert.deepEqual(read('Polls closed at 8 p.m. on Sunday.'), ['8 p.m. on Sunday=2010-03-14T20:00']);
    assert.deepEqual(read('The strike began on March 3. The talks ended at 9 p.m. and resumed on Monday.'), ['March 3=2010-03-03', '9 p.m.=2010-03-03T21:00', 'Monday=2010-03-15']);
  });
});
