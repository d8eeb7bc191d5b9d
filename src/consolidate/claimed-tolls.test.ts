import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { claimValue } from './claimed-tolls.js';

describe('withClaimedTolls (through buildEvent)', () => {
  it('should list each side\'s toll with who gives it, side by side, where one report gives both', async () => {
    const one = enrichedArticle('Border guards of the two states exchanged fire at the Varna crossing on Tuesday, killing three Estonian guards, the Estonian interior ministry said.', { title: 'Three guards killed at Varna crossing', outlet: 'Tallinn Daily', publishedAt: '2026-03-10T18:00:00Z' });
    const two = enrichedArticle('Guards exchanged fire at the Varna crossing on Tuesday.\n\nThe Latvian defence ministry says nobody died in the exchange of fire.', { title: 'Latvia says no one died at Varna', outlet: 'Riga Courier', publishedAt: '2026-03-10T20:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-11T00:00:00Z');
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.ok(killed, JSON.stringify(event.discrepancies));
    assert.equal(killed.revised, undefined);
    const byValue = new Map(killed.variants.map((v) => [v.value, v]));
    assert.deepEqual(byValue.get('0')?.sources, [two.id]);
    assert.deepEqual(byValue.get('0')?.claimedBy, ['Latvian defence ministry']);
    assert.deepEqual(byValue.get('3')?.sources, [one.id]);
    // The event's own figure is still the one the reports' figures give.
    assert.equal(event.casualties?.killed, 3);
  });

  it('should write a bound as the reports do', () => {
    assert.equal(claimValue({ value: 10, moreThan: true }), 'more than 10');
    assert.equal(claimValue({ value: 0 }), '0');
  });
});
