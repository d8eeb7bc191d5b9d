import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { boundsRecord } from './timex-since-bound.js';

/** Wednesday 12 March 2014. */
const WEDNESDAY = referenceFrom('2014-03-12T15:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), WEDNESDAY).map((t) => `${t.text}=${t.value}`);
}

describe('the far end of a record', () => {
  it('should tell a date after a superlative and "since" from one after "since" alone', () => {
    const record = 'Copper fell to its lowest price since June 2010.';
    assert.equal(boundsRecord(record, record.indexOf('June')), true);
    const first = 'It was the harbour\'s first frost since early 1998.';
    assert.equal(boundsRecord(first, first.indexOf('1998')), true);
    const closed = 'The ferry has been laid up since June 2010.';
    assert.equal(boundsRecord(closed, closed.indexOf('June')), false);
  });

  it('should count "a year earlier" after a record from the report, not from the record\'s far end', () => {
    assert.deepEqual(read('Heating oil sold at its highest price since 2008. A year earlier it cost a third less.'), ['2008=2008', 'A year earlier=2013']);
  });

  it('should not count "the following day" from the far end of a record', () => {
    assert.deepEqual(read('The lake froze on Monday, the earliest freeze since Nov. 2. The following day the ferries stopped.'), [
      'Monday=2014-03-10',
      'Nov. 2=2013-11-02',
      'The following day=2014-03-11',
    ]);
  });

  it('should still count from a date after "since" that tells when something began', () => {
    assert.deepEqual(read('The mill had stood idle since 1987. The following year it was sold.'), ['1987=1987', 'The following year=1988']);
  });
});
