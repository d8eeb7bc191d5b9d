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

  it('should read the span after a short phrase of the step between it and the day ("arrested Friday on a murder charge, a day after")', () => {
    assert.equal(eventDay('A teenager was arrested Friday on a murder charge, a day after he shot a classmate outside a gym.'), '2026-03-05');
    assert.equal(eventDay('Deputies detained a woman Friday at her apartment, two days after a neighbour was shot near the mailboxes.'), '2026-03-04');
    // A second clause or a number between them is no phrase of the step: the day stays.
    assert.equal(eventDay('A man was shot Friday and police searched 12 homes, a day after a fight at a bar.'), '2026-03-06');
  });

  it("should keep the stated day where the sentence tells an event of its own, the span is not of days, or no event follows", () => {
    assert.equal(eventDay('Two men were shot on Friday, a week after a similar shooting nearby.'), '2026-03-06');
    assert.equal(eventDay('Power was restored on Friday, five hours after the storm hit.'), '2026-03-06');
    assert.equal(eventDay('A man was shot on Friday, days after a warning from police.'), '2026-03-06');
    assert.equal(eventDay('The hospital reopened its wards on Friday, two days after the annual inspection.'), '2026-03-06');
  });
});
