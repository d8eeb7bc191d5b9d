import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 12 April 2000. */
const APRIL = referenceFrom('2000-04-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), APRIL).map((t) => `${t.text}=${t.value}`);
}

describe('a day a past decision looked ahead to, after the decision\'s own day', () => {
  it('should be the first such day after the decision, not next year\'s', () => {
    assert.deepEqual(read('On Jan. 5, the agency ruled that the child must be handed back by Jan. 14.'), ['Jan. 5=2000-01-05', 'Jan. 14=2000-01-14']);
    assert.deepEqual(read('The judge said on Feb. 2 that the trial would open on March 1.'), ['Feb. 2=2000-02-02', 'March 1=2000-03-01']);
  });

  it('should count across the new year from a December decision', () => {
    assert.deepEqual(read('On Dec. 20, the council voted that the tax would take effect on Jan. 3.'), ['Dec. 20=1999-12-20', 'Jan. 3=2000-01-03']);
  });

  it('should leave a plan that still lies ahead after the publication', () => {
    assert.deepEqual(read('On March 30, the board agreed that the plant would close on June 1.'), ['March 30=2000-03-30', 'June 1=2000-06-01']);
  });

  it('should leave a day with no decision named before it in the sentence, a written year, and a range\'s end', () => {
    assert.deepEqual(read('The new rules will take effect on Jan. 14.'), ['Jan. 14=2001-01-14']);
    assert.deepEqual(read('On Jan. 5, officials said the law would apply from Jan. 14, 2001.'), ['Jan. 5=2000-01-05', 'Jan. 14, 2001=2001-01-14']);
    assert.deepEqual(read('The offer will run from Jan. 5, 1998, through Aug. 1.'), ['Jan. 5, 1998=1998-01-05', 'Aug. 1=2000-08-01']);
    assert.deepEqual(read('On Jan. 5, 1998, the mayor said the pool would open on July 4 of this year.'), ['Jan. 5, 1998=1998-01-05', 'July 4=2000-07-04', 'this year=2000']);
  });

  it('should move a day after a decision of an earlier year to that year ("the pool would open on July 4")', () => {
    assert.deepEqual(read('On Jan. 5, 1998, the mayor said the pool would open on July 4.'), ['Jan. 5, 1998=1998-01-05', 'July 4=1998-07-04']);
  });
});
