import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** The event day chosen for a text published on Friday 6 March 2026. */
function eventDay(body: string): string | undefined {
  const sentences = splitSentences(body);
  const reference = referenceFrom('2026-03-06T12:00:00Z');
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value;
}

describe('withDaysAfterEvents (through chooseEventDate)', () => {
  it('should date the event a span "after" tells from the stated day, where the sentence tells only an aftermath', () => {
    assert.equal(eventDay('Lakeside Regional Hospital restored its patient records system on Friday, three days after hackers broke into its network.'), '2026-03-03');
    assert.equal(eventDay('Police arrested a man on Friday, two days after a shooting outside a bar left one dead.'), '2026-03-04');
    assert.equal(eventDay('The ministry disclosed the breach on Friday, a week after attackers stole the files.'), '2026-02-27');
  });

  it("should keep the stated day where the sentence tells an event of its own, the span is not of days, or no event follows", () => {
    assert.equal(eventDay('Two men were shot on Friday, a week after a similar shooting nearby.'), '2026-03-06');
    assert.equal(eventDay('Power was restored on Friday, five hours after the storm hit.'), '2026-03-06');
    assert.equal(eventDay('A man was shot on Friday, days after a warning from police.'), '2026-03-06');
    assert.equal(eventDay('The hospital reopened its wards on Friday, two days after the annual inspection.'), '2026-03-06');
  });
});
