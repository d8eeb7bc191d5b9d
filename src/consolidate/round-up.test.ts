import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { isRoundUp } from './round-up.js';

describe('isRoundUp', () => {
  it('should read a headline or a lead that tells of several places', () => {
    assert.equal(isRoundUp(enrichedArticle('Marchers filled the streets of four towns on Saturday.', { title: 'Bread riots spread to the north', outlet: 'Lowmoor Gazette', publishedAt: '2031-02-01T20:00:00Z' })), true);
    assert.equal(isRoundUp(enrichedArticle('A day of clashes across the country left dozens hurt on Saturday, officials said.', { title: 'Weekend of anger', outlet: 'Lowmoor Gazette', publishedAt: '2031-02-01T20:00:00Z' })), true);
  });
  it('should not read a single shooting that recalls another town further down as a round-up', () => {
    const report = enrichedArticle('Two men were shot outside a bar on Elm Street late on Friday, police said. Elsewhere, a separate shooting last month left one dead.', { title: 'Two shot outside bar', outlet: 'Lowmoor Gazette', publishedAt: '2031-02-01T20:00:00Z' });
    assert.equal(isRoundUp(report), false);
  });
});

describe('withoutOtherTownsFigures: a round-up that is no live page', () => {
  it('should leave out the hurt a round-up counts in a far town, and keep its own town\'s dead', async () => {
    const roundup = enrichedArticle(
      'Fuel protests spread across the country on Tuesday as gendarmes shot dead three marchers in Ziguinchor, a doctor at the city clinic said. Fourteen people were hurt in Kaolack as a crowd ransacked a row of market stalls, the governor said.',
      { title: 'Fuel protests turn deadly', outlet: 'Cape Verde Ledger', publishedAt: '2026-03-03T20:00:00Z' },
    );
    const own = enrichedArticle('Three people died and nine were hurt after gendarmes shot into a crowd of marchers in Ziguinchor on Tuesday, a doctor at the city clinic said.', {
      title: 'Three marchers shot dead in Ziguinchor',
      outlet: 'Gambia River Post',
      publishedAt: '2026-03-03T21:00:00Z',
    });
    assert.equal(roundup.casualties?.injured, 14, 'the report itself still counts the hurt it tells');
    const event = await buildEvent('evt_0000000000007011', [roundup, own], null, '2026-03-04T00:00:00Z');
    assert.equal(event.location?.name, 'Ziguinchor');
    assert.equal(event.casualties?.killed, 3);
    assert.equal(event.casualties?.injured, 9);
    assert.equal(event.discrepancies.some((d) => d.about === 'injured'), false, JSON.stringify(event.discrepancies));
  });
});
