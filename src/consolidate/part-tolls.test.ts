import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { withoutPartTolls } from './part-tolls.js';

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

describe('withoutPartTolls on a US page naming a state or town called like a country', () => {
  it('should keep a figure told of Lebanon or Georgia where the event is in the United States (review72, suspected)', () => {
    const place = { name: 'Lebanon', country: 'US', lat: 36.21, lon: -86.29 };
    const early = enrichedArticle('Two people were killed in Lebanon when a gunman opened fire outside a bar late Saturday, police said.', { title: 'Two dead in bar shooting', outlet: 'Cumberland Ledger', publishedAt: '2026-11-22T06:00:00Z' });
    const state = enrichedArticle('Two people were killed in Georgia on Saturday after a storm crossed the state line, officials said.', { title: 'Storm deaths', outlet: 'Cumberland Ledger', publishedAt: '2026-11-22T06:00:00Z' });
    const later = enrichedArticle('A third victim of the bar shooting died on Sunday, bringing the death toll to three, police said.', { title: 'Third victim dies', outlet: 'Valley Star', publishedAt: '2026-11-23T06:00:00Z' });
    assert.equal(withoutPartTolls([early, later], place)[0]!.casualties?.killed, 2);
    assert.equal(withoutPartTolls([state, later], place)[0]!.casualties?.killed, 2);
  });
});

