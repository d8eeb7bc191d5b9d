import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { countRevised } from './count-revision.js';

const early = () => enrichedArticle('The electoral board says Tomas Lindqvist has 52.4 percent and Greta Aalto 44.9 percent with 95 percent of ballots counted.\n\nThe board will publish the final count on Tuesday.', { title: 'Lindqvist ahead in runoff count', outlet: 'Fjord Herald', publishedAt: '2027-09-13T08:00:00Z', url: 'https://fjordherald.example/count' });
const final = (outlet: string, share: string) => enrichedArticle(`The electoral board on Tuesday declared Tomas Lindqvist the winner of the runoff with ${share} percent of the vote, according to the final count.\n\nAalto said she would not challenge the result.`, { title: 'Lindqvist declared winner', outlet, publishedAt: '2027-09-14T12:00:00Z', url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/final` });

describe('countRevised', () => {
  it("should mark a preliminary count's share, then the final count's a day later, as a revision", async () => {
    const a = early();
    const b = final('Northern Ledger', '52.1');
    const event = await buildEvent('evt_0000000000000003', [a, b], null, '2027-09-15T00:00:00Z');
    const share = event.discrepancies.find((d) => d.about === 'share of Tomas Lindqvist');
    assert.ok(share);
    assert.equal(share.revised, true);
    assert.deepEqual(share.variants.map((v) => [v.value, v.sources, v.firstReported]), [
      ['52.4%', [a.id], '2027-09-13T08:00:00Z'],
      ['52.1%', [b.id], '2027-09-14T12:00:00Z'],
    ]);
  });

  it('should leave two final counts that differ, or a third figure, as outlets that disagree', () => {
    const a = final('Northern Ledger', '52.1');
    const b = final('Harbour Post', '51.9');
    const two = { about: 'share of Tomas Lindqvist', variants: [{ value: '52.1%', sources: [a.id] }, { value: '51.9%', sources: [b.id] }] };
    assert.equal(countRevised(two, [a, b]).revised, undefined);
    const c = early();
    const three = { about: two.about, variants: [...two.variants, { value: '52.4%', sources: [c.id] }] };
    assert.equal(countRevised(three, [a, b, c]).revised, undefined);
  });

  it('should not call a final count a revision of one reported after it', () => {
    const a = early();
    const b = final('Northern Ledger', '52.1');
    const late = { ...a, publishedAt: '2027-09-15T08:00:00Z' };
    const d = { about: 'share of Tomas Lindqvist', variants: [{ value: '52.4%', sources: [a.id] }, { value: '52.1%', sources: [b.id] }] };
    assert.equal(countRevised(d, [late, b]).revised, undefined);
  });
});
