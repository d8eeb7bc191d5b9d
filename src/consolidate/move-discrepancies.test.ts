import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { reportMoveDiscrepancies } from './move-discrepancies.js';

function report(body: string, outlet: string, publishedAt: string): ReturnType<typeof enrichedArticle> {
  return enrichedArticle(body, { title: 'Markets', outlet, publishedAt, url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/m` });
}

describe('reportMoveDiscrepancies', () => {
  it('should list one currency fall two outlets give with other percentages', () => {
    const a = report('The central bank kept its key rate at 6.25% on Monday. The peso has lost 3.2% against the dollar since the vote was called.', 'Harbour Daily', '2027-03-01T10:00:00Z');
    const b = report('Policymakers left borrowing costs unchanged, citing strain on the peso. To prop it up the bank has been selling reserves, and the currency is down 3.5% against the dollar since the election was called.', 'Coastal Ledger', '2027-03-01T14:00:00Z');
    const found = reportMoveDiscrepancies([a, b], []);
    assert.deepEqual(found, [{ about: 'peso fall', variants: [{ value: '3.2%', sources: [a.id] }, { value: '3.5%', sources: [b.id] }] }]);
  });

  it('should not pair a rate held with a fall, nor a fall with a rise', () => {
    const a = report('The central bank kept its key rate at 6.25% on Monday. The peso fell 1.2% on the day.', 'Harbour Daily', '2027-03-01T10:00:00Z');
    const b = report('The peso rose 0.4% after the bank spoke, and its key rate stays at 6.25%.', 'Coastal Ledger', '2027-03-01T14:00:00Z');
    assert.deepEqual(reportMoveDiscrepancies([a, b], []), []);
  });

  it('should not set one day\'s share move against another day\'s', () => {
    const a = report('Ostrava Glassworks shares sank 9.5% after the tariff was announced.', 'Harbour Daily', '2027-03-01T10:00:00Z');
    const b = report('Ostrava Glassworks shares sank 4% as the tariff took effect.', 'Coastal Ledger', '2027-03-09T14:00:00Z');
    assert.deepEqual(reportMoveDiscrepancies([a, b], []), []);
  });

  it('should not set a day\'s move against one counted since a past day', () => {
    const a = report('The peso fell 0.6% on Tuesday.', 'Harbour Daily', '2027-03-02T10:00:00Z');
    const b = report('The peso has fallen 3.4% since the election was called.', 'Coastal Ledger', '2027-03-02T14:00:00Z');
    assert.deepEqual(reportMoveDiscrepancies([a, b], []), []);
  });

  it('should not list again figures a fact\'s own sentences already set apart', () => {
    const a = report('The peso fell 1.2% on the day.', 'Harbour Daily', '2027-03-01T10:00:00Z');
    const b = report('The peso fell 1.5% on the day.', 'Coastal Ledger', '2027-03-01T14:00:00Z');
    const listed = [{ about: 'percentage (The peso fell 1.2% on the day.)', variants: [{ value: '1.2%', sources: [a.id] }, { value: '1.5%', sources: [b.id] }] }];
    assert.deepEqual(reportMoveDiscrepancies([a, b], listed), []);
  });
});
