import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { conflictingRanks } from './rank-conflict.js';

const NOW = '2026-09-10T00:00:00Z';

describe('rank conflicts', () => {
  it("should list a rank two outlets give differently as the person's role, whatever job each adds", async () => {
    const one = enrichedArticle('OSTRAVIK - The coastguard boarded a bulk carrier on Monday. Commander Ida Brekke, a coastguard spokeswoman, said its anchor was missing.', { title: 'Coastguard boards carrier', outlet: 'Coast Ledger', publishedAt: '2026-03-02T12:00:00Z' });
    const two = enrichedArticle('OSTRAVIK - Captain Ida Brekke of the coastguard said on Monday that the carrier had changed owners twice this year.', { title: 'Carrier changed owners', outlet: 'Strait Post', publishedAt: '2026-03-02T15:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(event.discrepancies.find((d) => d.about === 'role of Ida Brekke')?.variants, [
      { value: 'Commander', sources: [one.id] },
      { value: 'Captain', sources: [two.id] },
    ]);
  });

  it('should not take a job told in more words, nor a rank written short, for a conflict', async () => {
    const one = enrichedArticle('OSTRAVIK - The navy boarded a bulk carrier on Monday, spokesman Per Holm said.', { title: 'Navy boards carrier', outlet: 'Coast Ledger', publishedAt: '2026-03-02T12:00:00Z' });
    const two = enrichedArticle('OSTRAVIK - Navy spokesman Per Holm said on Monday that the carrier had been escorted to port.', { title: 'Carrier escorted', outlet: 'Strait Post', publishedAt: '2026-03-02T15:00:00Z' });
    const event = await buildEvent('evt_0000000000000002', [one, two], null, NOW);
    assert.equal(event.discrepancies.some((d) => d.about.startsWith('role of')), false);
    assert.deepEqual(conflictingRanks([{ ranks: ['Lt. Col.'], source: 'a' }, { ranks: ['Colonel'], source: 'b' }]), []);
    assert.deepEqual(conflictingRanks([{ ranks: ['Rear Admiral'], source: 'a' }, { ranks: ['Adm.'], source: 'b' }]), []);
  });
});
