import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { placeAfterAct } from './place-after-act.js';

function related(body: string, publishedAt: string, eventDate: string): [string, string][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).filter((r) => !r.near).map((r) => [r.date, r.description]);
}

describe('placeAfterAct', () => {
  it('should take the place the noun governs, not one named before it', () => {
    const body = 'She wired funds to banks in Oslo shortly before her detention in Lisbon.';
    const places = [{ start: body.indexOf('Oslo'), text: 'Oslo' }, { start: body.indexOf('Lisbon'), text: 'Lisbon' }];
    assert.equal(placeAfterAct(body, body.indexOf('detention') + 'detention'.length, places)?.text, 'Lisbon');
  });
  it('should take no place that other words part from the noun', () => {
    const body = 'The detention was ordered by judges who later moved to Lisbon.';
    assert.equal(placeAfterAct(body, body.indexOf('detention') + 'detention'.length, [{ start: body.indexOf('Lisbon') }]), undefined);
  });
});

describe('findRelated: the place after an earlier act', () => {
  it('should describe an arrest told after another city in the sentence as the arrest in its own city', () => {
    const found = related('Prosecutors said the banker had sent $9 million to accounts in Singapore in the weeks before his arrest in Lisbon last year.', '2031-05-12T09:00:00Z', '2031-05-11');
    assert.deepEqual(found.map(([, d]) => d), ['Arrest in Lisbon']);
  });
});
