import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { findTimexes } from './timex.js';
import { splitSentences } from './sentences.js';

/** The event date of a text read with no publication date at all. */
function undated(body: string) {
  const sentences = splitSentences(body);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, null), null);
}

describe('chooseEventDate without a publication date (fixm70a)', () => {
  it('should take a day the text writes out in full', () => {
    const found = undated('At 0440 UTC on 3 May 2022 a coaster reported gunfire from a skiff. The crew are safe.');
    assert.equal(found?.value, '2022-05-03');
    assert.equal(found?.anchoring, 'stated');
  });

  it('should still give no date where the text has only weekdays or a day it looks ahead to', () => {
    assert.equal(undated('A skiff fired on a coaster on Tuesday. The crew are safe.'), null);
    assert.equal(undated('The port will reopen on 9 May 2022, the harbour master said.'), null);
  });
});
