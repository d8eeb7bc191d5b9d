import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateEvidence } from '../model/types.js';
import { sentencesDatedElsewhere } from './dated-elsewhere.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function elsewhere(body: string, published: string, eventDay: string): string[] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(published));
  const event: DateEvidence = { value: eventDay, anchoring: 'stated', fallback: false, text: '', sentence: '' };
  return sentencesDatedElsewhere(sentences, timexes, event).map((s) => body.slice(s.start, s.end));
}

describe('sentencesDatedElsewhere', () => {
  it('should find the sentences dated well before the event, and keep those that also name a day near it', () => {
    const body = 'The quake struck on Sunday. A quake near Pisco in August 2007 killed more than 500 people. Smith, convicted in 2015, shot two men on Saturday. A boat was rammed on Oct. 27, the fourth such incident this year.';
    assert.deepEqual(elsewhere(body, '2026-11-09', '2026-11-08'), ['A quake near Pisco in August 2007 killed more than 500 people.', 'A boat was rammed on Oct. 27, the fourth such incident this year.']);
  });

  it("should keep a follow-up's incident when the event is dated to it", () => {
    const body = 'Ruiz was sentenced on Friday. He shot Shane Moorcastle on March 4, 2013.';
    assert.deepEqual(elsewhere(body, '2014-07-12', '2013-03-04'), []);
    assert.deepEqual(elsewhere(body, '2014-07-12', '2014-07-11'), ['He shot Shane Moorcastle on March 4, 2013.']);
  });

  it('should find nothing without an event date', () => {
    const body = 'A quake near Pisco in August 2007 killed more than 500 people.';
    const sentences = splitSentences(body);
    assert.deepEqual(sentencesDatedElsewhere(sentences, findTimexes(body, sentences, referenceFrom('2026-11-09')), null), []);
  });
});
