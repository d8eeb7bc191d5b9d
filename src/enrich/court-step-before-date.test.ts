import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { describeCourtStepBeforeDate } from './court-step-before-date.js';

function related(body: string, publishedAt: string, eventDate: string): [string, string][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).filter((r) => !r.near).map((r) => [r.date, r.description]);
}

describe('describeCourtStepBeforeDate', () => {
  it('should name a court step told by its verb right before the date', () => {
    assert.equal(describeCourtStepBeforeDate('The broker, who was convicted in '), 'Verdict');
    assert.equal(describeCourtStepBeforeDate('Her partner pleaded guilty on '), 'Guilty plea');
    assert.equal(describeCourtStepBeforeDate('He was found guilty by a jury in Leeds on '), 'Verdict');
  });
  it('should name a detention an arrest, also where the week is said before the day', () => {
    assert.equal(describeCourtStepBeforeDate('Valiev was detained by security officers last week, on '), 'Arrest');
    assert.equal(describeCourtStepBeforeDate('The editor, who was detained on '), 'Arrest');
  });
  it('should name nothing where other words come between the verb and the date', () => {
    assert.equal(describeCourtStepBeforeDate('He was convicted of fraud and moved to a prison in '), null);
    assert.equal(describeCourtStepBeforeDate('The hearing opened on '), null);
  });
});

describe('findRelated: steps of a case told by their verbs', () => {
  it('should catch a conviction and a guilty plea months before the article as earlier events', () => {
    const found = related('The banker, who was convicted by a jury on March 3, 2031, was sentenced today. His deputy pleaded guilty in January.', '2031-06-20T15:00:00Z', '2031-06-20');
    assert.deepEqual(found, [['2031-03-03', 'Verdict'], ['2031-01', 'Guilty plea']]);
  });
});
