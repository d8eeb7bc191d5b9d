import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { premiumRatesIn } from './premium-rate.js';
import type { NewsEvent } from '../model/types.js';

function across(event: NewsEvent, about: string): [string, string[], string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? []]);
}

const read = (text: string): string[] => premiumRatesIn(text).map((f) => `${f.qualifier?.of ?? 'any'}: ${f.written}`);
const NOW = '2026-10-01T00:00:00Z';

describe('premiumRatesIn', () => {
  it('should read the rate a premium stands at, with its kind', () => {
    assert.deepEqual(read('War-risk premiums for ships calling at Tarvo rose to 0.6% of hull value, brokers said.'), ['war-risk: 0.6%']);
    assert.deepEqual(read('Underwriters raised war risk premiums for tankers bound for Tarvo from 0.2% to 0.45% of hull value.'), ['war-risk: 0.45%']);
    assert.deepEqual(read('Hull premiums stood at about 1.2% on Monday.'), ['hull: about 1.2%']);
    assert.deepEqual(read('Insurers now charge 0.8% of hull value for a call at Tarvo.'), ['any: 0.8%']);
  });

  it('should never read a change, the rate it came from, a range, or a percentage of something else', () => {
    assert.deepEqual(read('War-risk premiums jumped 50% in a week.'), []);
    assert.deepEqual(read('Traffic through the Tarvo strait fell 30% as premiums climbed.'), []);
    assert.deepEqual(read('The port handles 12% of the gulf trade, and a 25% tariff applies to steel.'), []);
    assert.deepEqual(read('Brokers quoted premiums of 0.5% to 0.75% of hull value.'), []);
  });
});

describe('premium rates across reports (through buildEvent)', () => {
  it("should list one day's different rates of one premium, each with who gives it", async () => {
    const one = enrichedArticle('LONDON - War-risk premiums for ships calling at Tarvo rose to 0.6% of hull value on Tuesday, brokers said. Traffic through the strait fell 30%.', { title: 'Tarvo war-risk premiums rise', outlet: 'Freight Ledger', publishedAt: '2026-09-22T08:00:00Z' });
    const two = enrichedArticle('LONDON - Insurers raised war-risk premiums for vessels calling at Tarvo to 1% of hull value on Tuesday, according to the broker Halden Marine.', { title: 'Insurers raise Tarvo cover', outlet: 'Shipping Review', publishedAt: '2026-09-22T11:00:00Z' });
    for (const order of [[one, two], [two, one]]) {
      const event = await buildEvent('evt_0000000000000001', order, null, NOW);
      assert.deepEqual(across(event, 'war-risk premium rate (across reports)')?.sort(), [
        ['0.6%', [one.id], ['brokers']],
        ['1%', [two.id], ['the broker Halden Marine']],
      ]);
    }
  });

  it("should not set another day's rate, the same rate, or a rate of another kind against it", async () => {
    const one = enrichedArticle('LONDON - War-risk premiums for ships calling at Tarvo rose to 0.6% of hull value on Tuesday, brokers said.', { title: 'Tarvo war-risk premiums rise', outlet: 'Freight Ledger', publishedAt: '2026-09-22T08:00:00Z' });
    const later = enrichedArticle('LONDON - War-risk premiums for ships calling at Tarvo rose to 0.9% of hull value on Thursday, brokers said.', { title: 'Tarvo premiums climb again', outlet: 'Shipping Review', publishedAt: '2026-09-24T08:00:00Z' });
    const hull = enrichedArticle('LONDON - Hull premiums for tankers calling at Tarvo rose to 1.5% on Tuesday, brokers said. War-risk premiums rose to 0.6% of hull value.', { title: 'Tarvo cover costs', outlet: 'Marine Weekly', publishedAt: '2026-09-22T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000002', [one, later, hull], null, NOW);
    assert.equal(event.discrepancies.find((d) => /premium rate/.test(d.about)), undefined);
  });
});
