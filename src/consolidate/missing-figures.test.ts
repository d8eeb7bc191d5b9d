import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

/** A landslide told by three reports over two days: the dead found and the missing as each counts them. */
const reports = [
  enrichedArticle('A hillside collapsed onto the village of Kani Sard near Penjwen on Saturday after heavy rain. Rescuers had recovered 11 bodies by Sunday morning and 23 people were still missing, civil defence officials said.', { title: 'Landslide buries village', outlet: 'Sulaimani Evening', publishedAt: '2026-11-22T06:00:00Z' }),
  enrichedArticle('A landslide buried most of the village of Kani Sard near Penjwen on Saturday, killing at least 12 people. About 25 people were unaccounted for, the civil defence chief said.', { title: 'Landslide kills 12', outlet: 'Cedar Ledger', publishedAt: '2026-11-22T12:00:00Z' }),
  enrichedArticle('Rescue teams have recovered 14 bodies from the village of Kani Sard near Penjwen, which was buried by a landslide on Saturday, and about 30 people remain missing, officials said on Monday.', { title: 'Dozens feared dead in landslide', outlet: 'Gulf Herald', publishedAt: '2026-11-23T10:00:00Z' }),
];

describe('buildEvent: a landslide\'s dead and missing as the search went on', () => {
  it('should give the latest count of the dead and of the missing, each revised as reports came in', async () => {
    const event = await buildEvent('evt_0000000000000001', reports, null, '2026-11-24T00:00:00Z');
    assert.equal(event.casualties?.killed, 14);
    assert.equal(event.casualties?.missing, 30);
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.deepEqual(killed?.variants.map((v) => v.value), ['11', '12', '14']);
    assert.equal(killed?.revised, true);
    const missing = event.discrepancies.find((d) => d.about === 'missing');
    assert.deepEqual(missing?.variants.map((v) => v.value), ['23', '25', '30']);
    assert.equal(missing?.revised, true);
  });

  it('should give no missing where no report counts them', async () => {
    const event = await buildEvent('evt_0000000000000001', [reports[1]!].map((a) => ({ ...a, casualties: { killed: 12, injured: null } })), null, '2026-11-24T00:00:00Z');
    assert.equal(event.casualties?.missing, undefined);
    assert.ok(!event.discrepancies.some((d) => d.about === 'missing'));
  });

  it('should list as a revision missing counts that fell and rose, as people are found and others reported (review72 fault 12)', async () => {
    const swapped = [reports[0]!, { ...reports[1]!, casualties: { ...reports[1]!.casualties!, missing: 40 } }, reports[2]!];
    const event = await buildEvent('evt_0000000000000001', swapped, null, '2026-11-24T00:00:00Z');
    assert.equal(event.discrepancies.find((d) => d.about === 'missing')?.revised, true);
    assert.equal(event.casualties?.missing, 30);
  });

  it('should list as a revision a count of the missing that fell as villagers were found alive', async () => {
    const found = [
      enrichedArticle('A mudslide buried part of the hamlet of Dara Kol on Saturday night. About 30 people were missing on Sunday, the district governor said.', { title: 'Mudslide buries hamlet', outlet: 'Valley Courier', publishedAt: '2026-11-22T08:00:00Z' }),
      enrichedArticle('Rescuers digging through the mudslide at Dara Kol found seven villagers alive on Monday, and 23 people remain missing, the district governor said.', { title: 'Seven found alive', outlet: 'Ridge Post', publishedAt: '2026-11-23T09:00:00Z' }),
    ];
    const event = await buildEvent('evt_0000000000000001', found, null, '2026-11-24T00:00:00Z');
    assert.equal(event.casualties?.missing, 23);
    const missing = event.discrepancies.find((d) => d.about === 'missing');
    assert.deepEqual([missing?.variants.map((v) => v.value), missing?.revised], [['30', '23'], true]);
  });
});
