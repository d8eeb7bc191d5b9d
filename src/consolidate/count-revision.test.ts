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

  it('should mark a preliminary count followed by two final counts that differ: preliminary, then a dispute', async () => {
    const a = early();
    const b = final('Northern Ledger', '52.1');
    const c = final('Harbour Post', '51.7');
    for (const order of [[a, b, c], [c, b, a]]) {
      const event = await buildEvent('evt_0000000000000004', order, null, '2027-09-15T00:00:00Z');
      const share = event.discrepancies.find((d) => d.about === 'share of Tomas Lindqvist');
      assert.ok(share);
      assert.equal(share.revised, undefined);
      assert.equal(share.variants[0]!.value, '52.4%');
      assert.equal(share.variants[0]!.preliminary, true);
      assert.deepEqual(share.variants.slice(1).map((v) => [v.value, v.preliminary]).sort(), [['51.7%', undefined], ['52.1%', undefined]]);
    }
  });

  it('should not mark a first figure preliminary when a final count came out before it or it tells no count under way', () => {
    const b = final('Northern Ledger', '52.1');
    const c = final('Harbour Post', '51.7');
    const late = { ...early(), publishedAt: '2027-09-15T08:00:00Z' };
    const d = { about: 'share of Tomas Lindqvist', variants: [{ value: '52.4%', sources: [late.id] }, { value: '52.1%', sources: [b.id] }, { value: '51.7%', sources: [c.id] }] };
    assert.ok(countRevised(d, [late, b, c]).variants.every((v) => v.preliminary === undefined));
    const plain = { ...early(), body: 'The electoral board says Tomas Lindqvist has 52.4 percent and Greta Aalto 44.9 percent.', publishedAt: '2027-09-13T08:00:00Z' };
    const e = { ...d, variants: [{ value: '52.4%', sources: [plain.id] }, ...d.variants.slice(1)] };
    assert.ok(countRevised(e, [plain, b, c]).variants.every((v) => v.preliminary === undefined));
  });

  it("should read a commission's word on who won as the final count, and its preliminary figures as not", async () => {
    const a = early();
    const b = final('Northern Ledger', '52.1');
    const confirmed = enrichedArticle('The electoral commission confirmed on Tuesday that Tomas Lindqvist had won the runoff, giving him 51.7 percent to 45.3 percent for Greta Aalto.', { title: 'Lindqvist win confirmed', outlet: 'Harbour Post', publishedAt: '2027-09-14T15:00:00Z', url: 'https://harbourpost.example/confirmed' });
    const event = await buildEvent('evt_0000000000000005', [a, b, confirmed], null, '2027-09-15T00:00:00Z');
    const share = event.discrepancies.find((d) => d.about === 'share of Tomas Lindqvist');
    assert.ok(share);
    assert.deepEqual(share.variants.map((v) => [v.value, v.preliminary]), [['52.4%', true], ['52.1%', undefined], ['51.7%', undefined]]);
    const stillCounting = enrichedArticle('The electoral commission declared preliminary results on Tuesday, with Tomas Lindqvist on 51.7 percent.', { title: 'Count goes on', outlet: 'Harbour Post', publishedAt: '2027-09-14T15:00:00Z', url: 'https://harbourpost.example/count' });
    const d = { about: 'share of Tomas Lindqvist', variants: [{ value: '52.4%', sources: [a.id] }, { value: '52.1%', sources: [b.id] }, { value: '51.7%', sources: [stillCounting.id] }] };
    assert.ok(countRevised(d, [a, b, stillCounting]).variants.every((v) => v.preliminary === undefined));
  });
});
