import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

// Friday 2031-05-16; the Wednesday before is 2031-05-14, the Monday 2031-05-12.
const PUBLISHED = '2031-05-16T17:00:00Z';

describe('figureChargedDay: a political figure charged, told by the lead', () => {
  it("should date a no-harm case's charge by the lead's own day, not the detention the next sentence recalls", () => {
    const body = 'Prosecutors on Wednesday charged opposition leader Vesna Marlowe with inciting disorder, a charge that carries up to ten years in prison, her lawyer said.\n\nMarlowe, who came second in last month\'s vote, was detained by the security service on Monday.';
    assert.equal(eventDate(body, PUBLISHED), '2031-05-14');
  });
  it('should leave a charge over a shooting to the rules for incidents', () => {
    const body = 'Prosecutors on Wednesday charged opposition leader Vesna Marlowe over the rally at which a guard was shot dead, her lawyer said.\n\nThe guard was shot on Monday near the town hall.';
    assert.notEqual(eventDate(body, PUBLISHED), '2031-05-14');
  });

  it('should leave a lead whose charged are no figure to the other rules', () => {
    const body = 'A lawyer for the opposition leader said three students were charged on Wednesday with damaging a statue.\n\nThe statue was damaged on Monday.';
    assert.notEqual(eventDate(body, PUBLISHED), '2031-05-14');
  });
});
