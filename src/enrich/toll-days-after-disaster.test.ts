import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { tollDaysAfterDisaster } from './toll-days-after-disaster.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

describe('tollDaysAfterDisaster', () => {
  it("should date a toll's report that counts from the quake by the quake, not by the day its figures were told", () => {
    // Published on Thursday 2031-05-08: the quake two days before, on Tuesday.
    const body = 'OSLO/DORVANE -- Two days after the earthquake that flattened villages in the Dorvane valley, the Red Cross and the regional governor give very different figures for the dead.\n\nThe Red Cross said on Thursday that 90 people had been confirmed killed.';
    assert.equal(eventDate(body, '2031-05-08T15:00:00Z'), '2031-05-06');
  });

  it("should leave a donors' meeting counted from the quake, and a shooting's follow-up, alone", () => {
    assert.equal(tollDaysAfterDisaster('Two days after the earthquake that flattened villages in the valley, donors pledged $40 million for shelter.'), null);
    assert.equal(tollDaysAfterDisaster('Two days after the shooting that killed two men, police have made no arrest.'), null);
  });
});
