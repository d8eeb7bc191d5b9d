import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { placesAllTold } from './places-all-told.js';

describe('placesAllTold', () => {
  it('should see no disagreement where each report, headline included, names both towns', () => {
    const one = { headline: 'Supervisor held over Settle quarry collapse', body: 'A woman was arrested at her home in Skipton on Thursday.' };
    const two = { headline: 'Quarry arrest', body: 'Police investigating the collapse at a Settle quarry arrested its supervisor, who was held in Skipton.' };
    assert.equal(placesAllTold([one, two], ['Settle', 'Skipton']), true);
  });

  it('should see one where a report names only its own town, or names the other only inside a longer word', () => {
    const one = { headline: 'Blast at depot', body: 'An explosion hit a depot in Leeds on Monday.' };
    const two = { headline: 'Blast at depot', body: 'An explosion hit a depot in Bradford on Monday, near the Leedsway road.' };
    assert.equal(placesAllTold([one, two], ['Leeds', 'Bradford']), false);
  });

  it('should list no location discrepancy for two reports of an arrest that each name the quarry\'s town and the manager\'s', async () => {
    const a = enrichedArticle('Police said on Thursday they had arrested a man, 61, on suspicion of manslaughter over the collapse at the Brennan quarry near Harrogate that killed four workers on May 3.\n\nThe man, named by colleagues as the quarry manager, Neil Orme, was arrested at his home in Ripon on Thursday.', { title: 'Quarry manager arrested over Harrogate collapse', outlet: 'Moorland Echo', publishedAt: '2027-05-21T09:00:00Z' });
    const b = enrichedArticle('Police investigating the collapse that killed four workers at a Harrogate quarry this month arrested its manager at his home in Ripon on Thursday.\n\nNeil Orme, 61, was held at his home in Ripon on suspicion of manslaughter and later released on bail.', { title: 'Manager held after quarry deaths', outlet: 'Dales Courier', publishedAt: '2027-05-25T11:00:00Z' });
    assert.deepEqual([a.place?.name, b.place?.name], ['Harrogate', 'Ripon']);
    const event = await buildEvent('evt_0000000000000001', [a, b], null, '2027-05-26T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => d.about === 'location'), []);
  });
});
