import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const OCTOBER = referenceFrom('2008-10-15');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), OCTOBER).map((t) => `${t.text}=${t.value}`);
}

describe('years before 1800', () => {
  it('should read a year after "in" or "since" where the clause goes on in a word no count counts', () => {
    assert.deepEqual(read('The lender, founded in 1727 by a group of merchants, is the oldest in Scotland.'), ['1727=1727']);
    assert.deepEqual(read('Since 1694, the central bank has printed the notes.'), ['1694=1694']);
    assert.deepEqual(read('The abbey was built in 1632 and rebuilt in 1881.'), ['1632=1632', '1881=1881']);
  });

  it('should leave a number before what it counts, or after a word other than those prepositions', () => {
    assert.deepEqual(read('In 1500 homes the lights went out.'), []);
    assert.deepEqual(read('The queue had grown to 1200 by lunchtime.'), []);
    assert.deepEqual(read('Police counted about 1700 marchers.'), []);
  });
});
