import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../model/types.js';
import { readingKey, type ReadArticle } from './reading-key.js';

const lastWinter: Timex = { text: 'last winter', value: '2026-WI', type: 'DATE', start: 30, end: 41, anchoring: 'inferred' };

function article(change: Partial<ReadArticle> = {}): ReadArticle {
  return { id: 'art_1', contentHash: 'abc', publishedAt: '2027-01-05T08:00:00Z', outlet: 'Kelsport Herald', eventDate: null, timexes: [lastWinter], authors: [], ...change };
}

describe('readingKey', () => {
  it('should give one key to two copies of an article with the same text, date and outlet', () => {
    assert.equal(readingKey(article()), readingKey(article()));
  });

  it('should tell apart the same text filed on another day, under another outlet, with no date or by another author', () => {
    const base = readingKey(article());
    assert.notEqual(readingKey(article({ publishedAt: '2028-01-05T08:00:00Z' })), base);
    assert.notEqual(readingKey(article({ publishedAt: null })), base);
    assert.notEqual(readingKey(article({ outlet: 'Coast Courier' })), base);
    assert.notEqual(readingKey(article({ authors: ['Mira Lund'] })), base);
  });

  it('should tell apart the same text whose dates were read differently', () => {
    const base = readingKey(article());
    assert.notEqual(readingKey(article({ timexes: [{ ...lastWinter, value: '2027-WI' }] })), base);
    assert.notEqual(readingKey(article({ eventDate: { value: '2027-01-04', anchoring: 'inferred', fallback: false, text: 'on Monday', sentence: 'It sank on Monday.' } })), base);
  });
});
