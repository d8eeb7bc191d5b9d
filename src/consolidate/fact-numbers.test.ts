import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { numbersByKind, tellsOtherNumbers } from './fact-numbers.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';

const kinds = (text: string): Record<string, string[]> => Object.fromEntries([...numbersByKind(text)].map(([k, v]) => [k, [...v].sort()]));

describe('numbersByKind', () => {
  it('should read shares, week numbers, ages and bare figures apart, with commas and scales read off', () => {
    assert.deepEqual(kinds('Harbour district logged 1,204 of the claims and Hill ward 87, by the insurer tally for week 19, a rise to 4.6 percent.'), { figure: ['1204', '87'], week: ['19'], share: ['4.6'] });
    assert.deepEqual(kinds('Ferry captain Ole Brandt, 58, said 2.3 million litres of diesel leaked.'), { age: ['58'], figure: ['2300000'] });
  });

  it('should leave out years, days of the month, clock times and the span a figure is counted over', () => {
    assert.deepEqual(kinds('On 14 March 2025 at 9 a.m., the depot said, and again on April 3rd, in the past 24 hours, nothing changed.'), {});
    assert.deepEqual(kinds('Over the last two days, nine lorries were turned back.'), { figure: ['9'] });
    assert.deepEqual(kinds('The council paid $4,000 and 300 euros for Thirty-two benches.'), { figure: ['32'] });
  });

  it('should find other numbers only where a kind both give has none in common', () => {
    const fact = numbersByKind('The insurer said 40 of the 510 claims had been paid, a share of 7.8 percent.');
    assert.equal(tellsOtherNumbers(fact, numbersByKind('The payout share is 6.1 percent.')), true);
    assert.equal(tellsOtherNumbers(fact, numbersByKind('Of 510 claims, forty were paid.')), false);
    assert.equal(tellsOtherNumbers(fact, numbersByKind('The insurer has paid some of the claims, it said on Friday.')), false);
  });
});

describe('groupFacts: a report telling the claim with other numbers is no source of it (ux67b #4)', () => {
  it('should not credit a report whose share or bare figures are all other than the fact as shown', () => {
    const one = enrichedArticle('Floodwater reached the lower town of Marrow Bay on Monday, the river authority said.\n\nThe authority said 38 of the 412 flooded homes had been inspected, and the share judged unsafe had fallen to 6.2 percent.', { title: 'Flood reaches Marrow Bay', outlet: 'Bay Courier', publishedAt: '2026-02-02T18:00:00Z' });
    const two = enrichedArticle('Floodwater in Marrow Bay began to recede on Monday, the river authority said.\n\nThe share of flooded homes judged unsafe after inspection had fallen to 4.9 percent, the authority said.', { title: 'Marrow Bay flood recedes', outlet: 'Estuary News', publishedAt: '2026-02-09T10:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const shown = facts.find((f) => f.fact.text.includes('6.2 percent'))!;
    assert.deepEqual(shown.fact.sources, [one.id], JSON.stringify(facts.map((f) => [f.fact.text, f.fact.sources])));
  });

  it('should still credit a report that gives the same figures in other words', () => {
    const one = enrichedArticle('Floodwater reached the lower town of Marrow Bay on Monday, the river authority said.\n\nThe authority said 38 of the 412 flooded homes had been inspected, and the share judged unsafe had fallen to 6.2 percent.', { title: 'Flood reaches Marrow Bay', outlet: 'Bay Courier', publishedAt: '2026-02-02T18:00:00Z' });
    const two = enrichedArticle('Floodwater in Marrow Bay rose again on Monday, the river authority said.\n\nOf 412 flooded homes, 38 had been inspected, and the share judged unsafe had fallen to 6.2 percent, the authority said.', { title: 'Marrow Bay flood', outlet: 'Estuary News', publishedAt: '2026-02-02T20:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const shown = facts.find((f) => f.fact.text.includes('6.2 percent'))!;
    assert.deepEqual(shown.fact.sources.sort(), [one.id, two.id].sort(), JSON.stringify(facts.map((f) => [f.fact.text, f.fact.sources])));
  });

  it("should not credit a report whose figures are all other than the fact's where no count of the same thing is compared", () => {
    const one = enrichedArticle('Measles cases kept rising in Orvella province on Monday, the health agency said.\n\nIn the past 24 hours, 16 new measles infections and two deaths were logged in Harbour district and Hill ward, the agency said.', { title: 'Measles rises in Orvella', outlet: 'Orvella Star', publishedAt: '2026-03-02T09:00:00Z' });
    const two = enrichedArticle('Measles cases kept rising in Orvella province on Monday, the health agency said.\n\nHarbour district has logged 410 measles infections and Hill ward 122, with three deaths, the agency said.', { title: 'Measles in Orvella', outlet: 'Plains Courier', publishedAt: '2026-03-09T09:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const daily = facts.find((f) => f.fact.text.includes('16 new measles'))!;
    assert.ok(daily.members.length === 2, JSON.stringify(facts.map((f) => [f.fact.text, f.members.length])));
    assert.deepEqual(daily.fact.sources, [one.id]);
  });

  it('should not credit a report that gives the fact\'s share but none of its count (ux77a #3)', () => {
    const fact = 'The Ferreira steelworks said on Monday it would close its rolling mill in Tavora and dismiss 640 workers, blaming the 25% tariff Arland imposed on flat-rolled steel this month.';
    const one = enrichedArticle(fact, { title: 'Mill to close', outlet: 'Valley Courier', publishedAt: '2026-02-02T18:00:00Z' });
    const two = enrichedArticle('The steelworks said it would close the mill and dismiss its workers, blaming the 25% duty Arland imposed on flat-rolled steel.', { title: 'Mill closing', outlet: 'Trade Monitor', publishedAt: '2026-02-03T18:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const shown = facts.find((f) => f.fact.text.includes('640 workers'))!;
    assert.equal(shown.members.length, 2, JSON.stringify(facts.map((f) => [f.fact.text, f.members.length])));
    assert.deepEqual(shown.fact.sources, [one.id]);
  });

  it('should still credit a report that gives the same count beside the share', () => {
    const fact = 'The Ferreira steelworks said on Monday it would close its rolling mill in Tavora and dismiss 640 workers, blaming the 25% tariff Arland imposed on flat-rolled steel this month.';
    const one = enrichedArticle(fact, { title: 'Mill to close', outlet: 'Valley Courier', publishedAt: '2026-02-02T18:00:00Z' });
    const two = enrichedArticle('The steelworks said it would dismiss 640 workers, blaming the 25% duty Arland imposed on flat-rolled steel.', { title: 'Mill closing', outlet: 'Trade Monitor', publishedAt: '2026-02-03T18:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const shown = facts.find((f) => f.fact.text.includes('640 workers'))!;
    assert.deepEqual([...shown.fact.sources].sort(), [one.id, two.id].sort());
  });
});
