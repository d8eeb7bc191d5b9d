import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { saysRelativeDay } from './relative-day.js';

describe('saysRelativeDay', () => {
  it('should find days named against the report\'s own, and not other words that hold them', () => {
    assert.equal(saysRelativeDay('The ferry runs again today, the operator said.'), true);
    assert.equal(saysRelativeDay('Crews worked through last night to clear the line.'), true);
    assert.equal(saysRelativeDay('In the past 24 hours, nine more lorries were turned back.'), true);
    assert.equal(saysRelativeDay('The ferry ran again on Thursday, the operator said.'), false);
    assert.equal(saysRelativeDay('Todays and yesterdays are words no report writes.'), false);
  });
});

describe('summary of several reports: no sentence with a day relative to its own report (ux67b #14)', () => {
  it('should leave out a later report\'s "today" sentence, keeping the dated ones', async () => {
    const one = enrichedArticle('The river authority closed the Marrow Bay ferry crossing on Monday after floodwater wrecked its landing stage, the authority said.\n\nEngineers from the authority began checking the pier and the slipway.', { title: 'Marrow Bay ferry closed', outlet: 'Bay Courier', publishedAt: '2026-02-02T18:00:00Z' });
    const two = enrichedArticle('The Marrow Bay ferry crossing, shut by the river authority on Monday after floods, was repaired over the week, the operator said.\n\nThe ferry resumes its hourly crossings today with a temporary landing stage, the operator said.', { title: 'Marrow Bay ferry repaired', outlet: 'Estuary News', publishedAt: '2026-02-06T07:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-02-07T00:00:00Z');
    assert.ok(event.summary.includes('closed the Marrow Bay ferry crossing'), event.summary);
    assert.ok(!/\btoday\b/.test(event.summary), event.summary);
  });
});

describe('saysRelativeDay: a programme named Today (review68)', () => {
  it('should not read a broadcast named Today as a day', () => {
    assert.equal(saysRelativeDay('The envoy told the Today programme that the talks would resume.'), false);
    assert.equal(saysRelativeDay('The markets reopen today after the holiday.'), true);
  });
});
