import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { contentWords } from './facts.js';
import { restates } from './restated-claim.js';

const reading = (text: string) => ({ text, words: contentWords(text) });
const chosen = reading('The Reserve Bank of Norland left its key rate at 6.25% on Wednesday, with Governor Ilse Marr saying the quarrel with its neighbour over fishing quotas had rattled traders.');

describe('restates, with a figure that has a fraction', () => {
  it('should take another lead giving the same fractional figure for the same claim in other words', () => {
    const other = reading('The Reserve Bank of Norland kept borrowing costs unchanged at 6.25 per cent on Wednesday, saying the fishing row with the neighbouring state weighed on the krone.');
    assert.equal(restates(other, chosen, ['Ilse Marr'], []), true);
  });

  it('should keep a lead whose whole figures are not all the chosen one\'s', () => {
    const other = reading('The Reserve Bank of Norland kept borrowing costs unchanged at 6.25 per cent on Wednesday and cut its growth forecast to 1.4 per cent over the fishing row.');
    assert.equal(restates(other, chosen, [], []), false);
  });

  it('should keep a lead sharing too few words, or sharing only whole figures', () => {
    assert.equal(restates(reading('Harbour fees will rise 6.25% from June, port officials announced.'), chosen, [], []), false);
    const whole = reading('The Reserve Bank of Norland on Wednesday held at 6% for a fourth meeting, saying the fishing row weighed on the krone.');
    assert.equal(restates(whole, reading('The Reserve Bank of Norland left its key rate at 6% on Wednesday, with Governor Ilse Marr saying the quarrel with its neighbour had rattled traders.'), [], []), false);
  });
});

describe('summaries with one rate decision led by two outlets', () => {
  it('should tell the decision once and go on to what else the outlets report', async () => {
    const a = enrichedArticle(
      'The Reserve Bank of Norland left its key rate at 6.25% on Wednesday, with Governor Ilse Marr saying the quarrel with its neighbour over fishing quotas had rattled traders.\n\nThe krone has shed 2.8% against the euro since the quota talks broke down.',
      { title: 'Norland holds rate as fishing row bites', outlet: 'Fjord Ledger', publishedAt: '2027-06-02T13:00:00Z' },
    );
    const b = enrichedArticle(
      'The Reserve Bank of Norland kept borrowing costs unchanged at 6.25 per cent on Wednesday, saying the fishing row with the neighbouring state weighed on the krone.\n\nEconomists surveyed last week had expected no move.',
      { title: 'Central bank stands pat', outlet: 'Northern Business Post', publishedAt: '2027-06-02T14:00:00Z' },
    );
    const event = await buildEvent('evt_0000000000000002', [a, b], null, '2027-06-03T00:00:00Z');
    assert.ok(event.summary.startsWith('The Reserve Bank of Norland left its key rate at 6.25%'), event.summary);
    assert.ok(!event.summary.includes('kept borrowing costs unchanged'), event.summary);
    assert.ok(event.summary.includes('Economists surveyed last week had expected no move.'), event.summary);
  });
});
