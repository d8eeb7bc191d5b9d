import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earlierParts } from './in-event.js';

describe('earlierParts', () => {
  const body = 'Rioters stormed the Tallinn archive on Friday. The crowd had raided the Narva archive on Monday.';
  const sentence = { start: 47, end: body.length };
  const read = (near: boolean) => ({
    body,
    sentences: [{ start: 0, end: 46 }, sentence],
    timexes: [],
    eventDate: { value: '2026-05-08', anchoring: 'stated' as const, fallback: false, text: 'Friday', sentence: body.slice(0, 46) },
    related: [{ description: 'Raid on Narva archive', date: '2026-05-04', sentence: body.slice(sentence.start), ...sentence, ...(near ? { near: true as const } : {}) }],
  });

  it("should leave the sentence of a mention of a near day to the event's own people until a stored event answers it", () => {
    assert.deepEqual(earlierParts(read(true)).earlierSpans, []);
    assert.equal(earlierParts(read(false)).earlierSpans.length, 1, 'a mention far enough back is an earlier event');
  });
});
