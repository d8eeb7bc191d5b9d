import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { toldOnlyOfAnotherTown } from './elsewhere-figures.js';

describe('withoutOtherTownsFigures (through buildEvent)', () => {
  it('should keep every figure of a report that is no live page', async () => {
    const report = enrichedArticle('Gendarmes shot dead three marchers in Ziguinchor on Tuesday. Fourteen people were hurt in Kaolack as a crowd ransacked a row of market stalls.', { title: 'Unrest', outlet: 'Cape Verde Ledger', publishedAt: '2026-03-03T20:00:00Z' });
    const event = await buildEvent('evt_0000000000006904', [report], null, '2026-03-04T00:00:00Z');
    assert.equal(event.casualties?.injured, 14);
  });

  it('should leave out the hurt a live page counts in another town, and keep its own town\'s dead', async () => {
    const page = enrichedArticle(
      'Gendarmes shot dead three marchers in Ziguinchor on Tuesday, a doctor at the city clinic said. Fourteen people were hurt in Kaolack as a crowd ransacked a row of market stalls, the governor said.',
      { title: 'Unrest spreads across Senegal: live', outlet: 'Cape Verde Ledger', publishedAt: '2026-03-03T20:00:00Z' },
    );
    const own = enrichedArticle('Three people died and nine were hurt after gendarmes shot into a crowd of marchers in Ziguinchor on Tuesday, a doctor at the city clinic said.', {
      title: 'Three marchers shot dead in Ziguinchor',
      outlet: 'Gambia River Post',
      publishedAt: '2026-03-03T21:00:00Z',
    });
    // Two timed entries, as a live page's extract gives them.
    const split = page.body.indexOf('Fourteen');
    const roundup = { ...page, liveEntries: [{ start: 0, end: split, stamp: '19:00 GMT', time: '2026-03-03T19:00:00Z' }, { start: split, end: page.body.length, stamp: '19:40 GMT', time: '2026-03-03T19:40:00Z' }] };
    assert.equal(roundup.casualties?.injured, 14, 'the report itself still counts the hurt it tells');
    const event = await buildEvent('evt_0000000000006901', [roundup, own], null, '2026-03-04T00:00:00Z');
    assert.equal(event.location?.name, 'Ziguinchor');
    assert.equal(event.casualties?.killed, 3);
    assert.equal(event.casualties?.injured, 9);
    assert.equal(event.discrepancies.some((d) => d.about === 'injured'), false, JSON.stringify(event.discrepancies));
  });
});

const ZIGUINCHOR = { name: 'Ziguinchor', country: 'SN', lat: 12.57, lon: -16.27 };

describe('toldOnlyOfAnotherTown', () => {
  const report = enrichedArticle('Riot officers fired on a march in Ziguinchor, killing two people. Protesters from Kaolack were among the eleven hurt in Ziguinchor, a nurse said.', {
    title: 'March fired on in Ziguinchor',
    outlet: 'Cape Verde Ledger',
    publishedAt: '2026-03-03T20:00:00Z',
  });
  it('should keep a figure whose sentence names the event\'s own town beside another', () => {
    assert.equal(toldOnlyOfAnotherTown(report, 11, ZIGUINCHOR), false);
  });
  it('should find a figure told only of a town far from the event\'s', () => {
    const far = enrichedArticle('Riot officers fired on a march in Ziguinchor, killing two people. Fourteen people were hurt in Kaolack as a crowd ransacked market stalls.', { title: 'Unrest', outlet: 'Cape Verde Ledger', publishedAt: '2026-03-03T20:00:00Z' });
    assert.equal(toldOnlyOfAnotherTown(far, 14, ZIGUINCHOR), true);
  });
  it('should keep a figure whose sentences name no town at all', () => {
    const plain = enrichedArticle('Police fired on a march, killing two people, a nurse said.', { title: 'March fired on', outlet: 'Cape Verde Ledger', publishedAt: '2026-03-03T20:00:00Z' });
    assert.equal(toldOnlyOfAnotherTown(plain, 2, ZIGUINCHOR), false);
  });
});
