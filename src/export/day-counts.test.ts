import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from '../consolidate/build-event.js';
import { EXPORTERS } from './index.js';

describe("exporters: an outbreak's case counts the reports differ on, in the CSV", () => {
  it('should spell out each value with its outlet and its teller in discrepancy_details, and count it in discrepancies', async () => {
    const board = enrichedArticle('ARDCARN - Clinics in the Brennock valley have logged 236 suspected cases of typhoid, the county health board said on Wednesday.', { title: 'Typhoid spreads in Brennock valley', outlet: 'Ardcarn Echo', publishedAt: '2026-09-23T08:00:00Z' });
    const charity = enrichedArticle('BRENNOCK - More than 190 suspected cases of typhoid have been reported in the Brennock valley, according to the charity Wellspring Aid.', { title: 'Brennock typhoid outbreak grows', outlet: 'Valley Courier', publishedAt: '2026-09-23T15:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [board, charity], null, '2026-10-01T00:00:00Z');
    const sourceArticles = [board, charity].map((a) => ({ id: a.id, outlet: a.outlet, headline: a.headline, url: null, publishedAt: a.publishedAt }));
    const [header, row] = EXPORTERS.csv([{ ...event, sourceArticles }]).split('\r\n');
    const cells = header!.split(',');
    assert.ok(row!.includes('number of suspected cases (across reports): 236 suspected cases (Ardcarn Echo; says the county health board) vs more than 190 suspected cases (Valley Courier; says the charity Wellspring Aid)'), row);
    assert.ok(cells.includes('discrepancy_details'));
    assert.ok(event.discrepancies.length >= 1);
  });
});
