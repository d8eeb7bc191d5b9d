import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { findTimexes } from './timex.js';
import { splitSentences } from './sentences.js';

function dateOf(body: string): string | undefined {
  const reference = { year: 2026, month: 5, day: 22, hour: 9, minute: 0, timeKnown: true };
  const sentences = splitSentences(body);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value;
}

describe('incidentOfDay', () => {
  it("dates a follow-up by the incident its lead names with a day, when it tells no day of its own", () => {
    assert.equal(dateOf('The port authority of Harwick still cannot issue permits a month after the cyber attack of 20 April, and now says customer files were copied. Its director said the authority would not pay.'), '2026-04-20');
  });

  it('keeps the publication day where the lead names no incident before the day', () => {
    assert.equal(dateOf('The port authority of Harwick still cannot issue permits a month after 20 April, officials say. Its director said the authority would not pay.'), '2026-05-22');
  });

  it('does not date a lead that tells a new act by the earlier incident it measures from (review75 fault 6)', () => {
    assert.equal(dateOf("Hackers have struck Harwick port authority's systems again, four weeks after the cyber attack of 20 April, the authority said."), '2026-05-22');
  });

  it('still dates a lead of the aftermath whose subject was hit by that incident', () => {
    assert.equal(dateOf('Harwick port authority, which was hit by ransomware, still cannot issue permits a month after the cyber attack of 20 April. Its director said the authority would not pay.'), '2026-04-20');
  });
});
