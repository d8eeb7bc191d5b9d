import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

const total = enrichedArticle('An earthquake struck the border district near Sarpol-e Zahab in Kermanshah province on Tuesday, killing 212 people, Iranian officials said.', { title: 'Border quake kills 212', outlet: 'Zagros Wire', publishedAt: '2026-11-18T10:00:00Z' });

describe('withoutPartTolls: a part of the ground\'s toll is not the event\'s', () => {
  it('should leave out a district\'s subtotal across the border, not set it against the total', async () => {
    const part = enrichedArticle('Thirty-one people were killed in Halabja district when Tuesday\'s earthquake, centred across the border in Iran, brought down houses in Biara, the governor said on Wednesday.', { title: 'Thirty-one dead in Halabja', outlet: 'Sirwan Daily', publishedAt: '2026-11-18T12:00:00Z' });
    assert.equal(part.casualties?.killed, 31);
    const event = await buildEvent('evt_0000000000000001', [total, part], null, '2026-11-19T00:00:00Z');
    assert.equal(event.casualties?.killed, 212);
    assert.ok(!event.discrepancies.some((d) => d.about === 'killed' && d.variants.some((v) => v.value === '31')), JSON.stringify(event.discrepancies));
  });

  it('should keep a figure told of the event\'s own province, a lower one included', async () => {
    const own = enrichedArticle('As many as 190 people were killed in Kermanshah province when Tuesday\'s earthquake struck near Sarpol-e Zahab, the governor said on Wednesday.', { title: 'Governor gives toll', outlet: 'Sirwan Daily', publishedAt: '2026-11-18T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [total, own], null, '2026-11-19T00:00:00Z');
    assert.ok(event.discrepancies.some((d) => d.about === 'killed' && d.variants.some((v) => v.value === '190')), JSON.stringify(event.discrepancies));
  });
});
