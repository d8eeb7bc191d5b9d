import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { titleSpans } from './timex-titles.js';

function read(text: string): [string, string][] {
  return findTimexes(text, splitSentences(text), referenceFrom('1998-10-25')).map((t) => [t.text, t.value]);
}

describe('titles written like times', () => {
  it('should find a capitalised unit after a number or "This" as a title', () => {
    const sentence = 'Baker said on "This Week" and on 60 Minutes that talks go on.';
    assert.deepEqual(titleSpans(sentence).map((s) => sentence.slice(s.start, s.end)), ['This Week', '60 Minutes']);
  });

  it('should read no time in a programme\'s name', () => {
    assert.deepEqual(read('Gonzalez said on CBS\'s "60 Minutes" that the boy was abused.'), []);
    assert.deepEqual(read('Baker, speaking on ABC News\' "This Week," said the request was clear.'), []);
  });

  it('should keep the time in a headline in title case, and in lower case', () => {
    assert.deepEqual(read('Police Say Shooting Happened Last Week'), [['Last Week', '1998-W42']]);
    assert.deepEqual(read('The meeting lasted 60 minutes this week.'), [['60 minutes', 'PT60M'], ['this week', '1998-W43']]);
  });
});
