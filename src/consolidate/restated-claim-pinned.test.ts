import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { contentWords } from './facts.js';
import { restates } from './restated-claim.js';

const reading = (text: string) => ({ text, words: contentWords(text) });
const chosen = reading("Norland's central bank held its main lending rate at 6.25% on Wednesday, with Governor Ilse Marr saying the quarrel over fishing quotas was unsettling investors.");

describe('restates, with a figure that has a fraction', () => {
  it('should take another lead giving the same fractional figure for the same claim in other words', () => {
    const other = reading("Policymakers at Norland's central bank voted to keep borrowing costs at 6.25 per cent on Wednesday, pointing to the krone's slide during the fishing quarrel.");
    assert.equal(restates(other, chosen, ['Ilse Marr'], []), true);
  });

  it('should keep a lead whose whole figures are not all the chosen one\'s', () => {
    const other = reading("Policymakers at Norland's central bank voted to keep borrowing costs at 6.25 per cent on Wednesday and trimmed the growth outlook to 1.4 per cent, citing the fishing quarrel.");
    assert.equal(restates(other, chosen, [], []), false);
  });

  it('should keep a lead sharing too few words, or sharing only whole figures', () => {
    assert.equal(restates(reading('Harbour fees will rise 6.25% from June, port officials announced.'), chosen, [], []), false);
    const whole = reading("Policymakers at Norland's central bank voted to keep borrowing costs at 6 per cent on Wednesday, pointing to the krone's slide during the fishing quarrel.");
    assert.equal(restates(whole, reading("Norland's central bank held its main lending rate at 6% on Wednesday, with Governor Ilse Marr saying the quarrel over fishing quotas was unsettling investors."), [], []), false);
  });
});

describe('summaries with one rate decision led by two outlets', () => {
  it('should tell the decision once and go on to what else the outlets report', async () => {
    const a = enrichedArticle(
      "Norland's central bank held its main lending rate at 6.25% on Wednesday, with Governor Ilse Marr saying the quarrel over fishing quotas was unsettling investors.\n\nSince the quota talks collapsed, the krone has shed 2.8% against the euro.",
      { title: 'Norland holds rate as fishing row bites', outlet: 'Fjord Ledger', publishedAt: '2027-06-02T13:00:00Z' },
    );
    const b = enrichedArticle(
      "Policymakers at Norland's central bank voted to keep borrowing costs at 6.25 per cent on Wednesday, pointing to the krone's slide during the fishing quarrel.\n\nEconomists surveyed last week had expected no move.",
      { title: 'Central bank stands pat', outlet: 'Northern Business Post', publishedAt: '2027-06-02T14:00:00Z' },
    );
    const event = await buildEvent('evt_0000000000000002', [a, b], null, '2027-06-03T00:00:00Z');
    assert.ok(event.summary.startsWith("Norland's central bank held its main lending rate at 6.25%"), event.summary);
    assert.ok(!event.summary.includes('voted to keep borrowing costs'), event.summary);
    assert.ok(event.summary.includes('Economists surveyed last week had expected no move.'), event.summary);
  });
});
