import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributedIntrusionDay, attributionLead } from './attributed-intrusion-day.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

const LEAD = 'OTTAWA, March 13 (Northline) - The FBI on Friday formally attributed the theft of about $54 million from the crypto exchange Brivo to state-backed hackers it calls GreyFerry.';

describe('attributedIntrusionDay', () => {
  it('should read an agency\'s blame as an attribution lead, and a day modifying a breach as the intrusion\'s', () => {
    assert.equal(attributionLead(LEAD), true);
    assert.equal(attributedIntrusionDay('the crew carried out the ', 'March 10', ' breach of the Tallinn-based exchange'), true);
    assert.equal(attributedIntrusionDay('it tied the unit to the ', 'Feb. 2', ' crypto heist'), true);
  });

  it('should not read a day told of an act of its own, nor a weekday, nor a hack lead', () => {
    assert.equal(attributedIntrusionDay('the exchange reopened on ', 'March 10', ' after the breach'), false);
    assert.equal(attributedIntrusionDay('the crew carried out the ', 'Tuesday', ' breach'), false);
    assert.equal(attributionLead('Hackers drained about $54 million from the Tallinn exchange Brivo on Tuesday.'), false);
  });

  it("should date an attribution by its lead's day, not by the breach it names (review ux77b)", () => {
    const body = `${LEAD} In a written statement, the bureau said the crew carried out the March 10 breach of the Tallinn-based exchange, and it asked other exchanges to block 12 wallet addresses.`;
    assert.equal(eventDate(body, '2026-03-13T21:00:00Z'), '2026-03-13');
  });

  it('should keep dating a hack report by the breach day it states', () => {
    const body = 'OTTAWA, March 13 (Northline) - Brivo said on Friday it was still tracing the coins. The exchange said the March 10 breach drained about $54 million from one of its hot wallets.';
    assert.equal(eventDate(body, '2026-03-13T21:00:00Z'), '2026-03-10');
  });
});
