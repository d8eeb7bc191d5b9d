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

describe('chooseEventDate', () => {
  it('should date the event by the sentence that reports it, not by the arrest that followed', () => {
    // Published on Thursday 2025-03-13: the arrest was on Wednesday, the shooting on Saturday.
    const body = 'Police arrested a man on Wednesday in connection with a shooting. Two people were shot on Saturday outside a bar on Main Street, officers said.';
    assert.equal(eventDate(body, '2025-03-13T09:00:00Z'), '2025-03-08');
  });

  it('should fall back to the publication date when the article gives no day', () => {
    assert.equal(eventDate('Residents said the water was cloudy.', '2025-03-13T09:00:00Z'), '2025-03-13');
  });
  it('should not take a page timestamp left in scraped text for the event date', () => {
    const body = 'Two men charged after a girl was shot Posted: Friday, March 14, 2025 10:21 AM EST. The girl was shot on Wednesday at a home on Oak Street, police said.';
    assert.equal(eventDate(body, '2025-03-14T15:21:00Z'), '2025-03-12');
  });

  it('should not take the day the police spoke, or a later condition report, for the event date', () => {
    // Published on Monday 2025-03-17: told on Sunday, the shooting on Friday.
    const told = 'Authorities Sunday said two people were killed. The two men were shot on Friday outside a cafe on Quay Street.';
    assert.equal(eventDate(told, '2025-03-17T09:00:00Z'), '2025-03-14');
    const condition = 'A 12-year-old was in critical condition Sunday after he and three others were shot on Friday on a basketball court.';
    assert.equal(eventDate(condition, '2025-03-17T09:00:00Z'), '2025-03-14');
  });

  it('should date the event after "after", and take the earlier of two days one sentence weighs alike', () => {
    // Published on Saturday 2025-03-15.
    const after = 'Deputies searched the woods on Thursday after a 7-year-old boy was fatally shot. The boy was shot on Wednesday at his home.';
    assert.equal(eventDate(after, '2025-03-15'), '2025-03-12');
    const search = 'Police scoured the city on Saturday, searching for the killers who gunned down four men in an attack late Friday.';
    assert.equal(eventDate(search, '2025-03-15'), '2025-03-14');
  });
});
