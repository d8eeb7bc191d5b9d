import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 10 June 2009. */
const JUNE = referenceFrom('2009-06-10');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), JUNE).map((t) => `${t.text}=${t.value}`);
}

describe('a range of days written day first', () => {
  it('should read the first day as a day of the month written after the second', () => {
    assert.deepEqual(read('The regatta was sailed on 3-5 March off Cowes.'), ['3=2009-03-03', '5 March=2009-03-05']);
    assert.deepEqual(read('Ballots can be cast on 7 and 8 June.'), ['7=2009-06-07', '8 June=2009-06-08']);
    assert.deepEqual(read('Delegates gather in Lyon on 14-15 November 2010.'), ['14=2010-11-14', '15 November 2010=2010-11-15']);
  });

  it('should give the second its day where "from 12 to 15" had been read as clock hours', () => {
    assert.deepEqual(read('The book fair runs from 12 to 15 June in Leipzig.'), ['12=2009-06-12', '15 June=2009-06-15']);
  });

  it('should leave figures, scores and ranges that do not rise alone', () => {
    // The figure's decimals are no first day (chrono's own reading of "2 March" is not this rule's).
    assert.ok(!read('Lending rose by 1.5 to 2 March, the bank said.').some((r) => r.startsWith('5=')));
    assert.deepEqual(read('United won 2-1 on 5 March.'), ['5 March=2009-03-05']);
    assert.deepEqual(read('Staff were told 30 to 2 May was the wrong order.'), ['2 May=2009-05-02']);
  });
});
