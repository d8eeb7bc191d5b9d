import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function related(body: string, publishedAt: string, eventDate: string): [string, string][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).map((r) => [r.date, r.description]);
}

describe('findRelated: the dateline of the report is not where an earlier act was', () => {
  it('should leave a capitals dateline with a doubled hyphen out of an earlier act\'s description', () => {
    const found = related('NAIROBI -- Kenya on Thursday lifted the public health emergency it declared on March 30, the cabinet secretary said.', '2031-05-09T09:00:00Z', '2031-05-08');
    assert.deepEqual(found, [['2031-03-30', 'Public health emergency in Kenya']]);
  });

  it('should leave a dateline with a date and a wire out of it too', () => {
    const found = related('Nairobi, May 8 (Wire) - The cabinet on Thursday lifted the public health emergency it declared on March 30.', '2031-05-09T09:00:00Z', '2031-05-08');
    assert.deepEqual(found.map(([, d]) => d.includes('Nairobi') || d.includes('--')), [false]);
  });
});
