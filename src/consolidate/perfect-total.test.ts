import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

describe('a count told in the present perfect is a running total (through buildEvent)', () => {
  it('should show a jab count that rose from week to week, told in the perfect with no marker, as one count revised', async () => {
    const one = enrichedArticle('A regional nurse said that more than 52,000 people in Orvella have received a first measles jab.\n\nQueues formed outside the town hall.', { title: 'Orvella jab drive', outlet: 'Orvella Star', publishedAt: '2026-03-02T09:00:00Z' });
    const two = enrichedArticle('A regional nurse said that more than 97,000 people in Orvella have received a first measles jab.\n\nThe drive moves to the hill villages next.', { title: 'Orvella jab drive widens', outlet: 'Plains Courier', publishedAt: '2026-03-09T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000695', [one, two], null, '2026-03-10T00:00:00Z');
    const count = event.discrepancies.find((d) => d.variants.some((v) => v.value === '97000' || v.value === '97,000'));
    assert.ok(count, JSON.stringify(event.discrepancies));
    assert.equal(count.revised, true, JSON.stringify(count));
  });
});
