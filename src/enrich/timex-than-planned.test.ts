import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** Wednesday 12 January 2000. */
const WEDNESDAY = referenceFrom('2000-01-12');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('a date compared with the one planned', () => {
  it('should give "a day earlier than planned" the date named before it, not a day before the publication', () => {
    assert.deepEqual(read('The talks will end on Sunday, a day earlier than planned.'), ['Sunday=2000-01-16', 'a day earlier than planned=2000-01-16']);
    assert.deepEqual(read('The first ferry sails on Feb. 3, two weeks later than originally scheduled.'), [
      'Feb. 3=2000-02-03',
      'two weeks later than originally scheduled=2000-02-03',
    ]);
  });

  it('should keep the precision of the date named', () => {
    assert.deepEqual(read('The bridge opened in March 1998, six months sooner than expected.'), ['March 1998=1998-03', 'six months sooner than expected=1998-03']);
  });

  it('should read the words as a length when no date is named before them in the sentence', () => {
    assert.deepEqual(read('The dam was finished two years later than planned.'), ['two years later than planned=P2Y']);
  });
});
