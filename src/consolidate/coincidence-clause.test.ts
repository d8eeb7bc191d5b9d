import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { coincidenceTail } from './coincidence-clause.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';

describe('coincidenceTail', () => {
  it('should give what follows "comes as", "came two weeks after" and "comes amid"', () => {
    assert.equal(coincidenceTail('The warning comes as Arland and its partners weigh a reply to the raids on two payment firms.'), 'Arland and its partners weigh a reply to the raids on two payment firms.');
    assert.equal(coincidenceTail('The shutdown came two weeks after the ministry raised the levy on imported ore.'), 'the ministry raised the levy on imported ore.');
    assert.equal(coincidenceTail('Its decision comes amid a row over fishing quotas.'), 'a row over fishing quotas.');
  });

  it('should leave alone how news was taken and "comes" later in a clause', () => {
    assert.equal(coincidenceTail('The ruling came as a shock to the growers of Pelham valley.'), undefined);
    assert.equal(coincidenceTail('The agency said the money came from an account in Velmar, after a transfer on Friday.'), undefined);
    assert.equal(coincidenceTail('Help arrived as the river rose.'), undefined);
  });
});

describe('groupFacts: a "comes as" clause is no claim of the news it names (ux77b #3)', () => {
  const agency = 'Officials in Varnia said on Tuesday the spy agency had briefed lawmakers on a surge in Kestran hacking. The agency also said it had confirmed Kestran involvement in the theft from Dorvel\'s Quilla exchange earlier this month.';
  const sources = (context: string): string[][] => {
    const one = enrichedArticle(agency, { title: 'Spy agency briefs lawmakers', outlet: 'Varnia Daily', publishedAt: '2026-04-20T09:00:00Z' });
    const two = enrichedArticle(`The spy agency of Varnia briefed lawmakers on Tuesday on a surge in Kestran hacking. ${context}`, { title: 'Kestran hacking surges', outlet: 'Security Review', publishedAt: '2026-04-20T12:00:00Z' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const fact = facts.find((f) => f.fact.text.includes('confirmed Kestran involvement'))!;
    return [fact.fact.sources.map((id) => (id === one.id ? 'one' : 'two'))];
  };

  it('should not credit the context clause as the agency\'s confirmation', () => {
    assert.deepEqual(sources('The briefing comes as Varnia and its allies prepare a joint response to a string of Kestran cyber thefts, including the raid on the Quilla exchange in Dorvel.'), [['one']]);
  });

  it('should still credit a report that tells the confirmation itself', () => {
    assert.deepEqual(sources('The agency said it had confirmed that Kestran was involved in the theft from the Quilla exchange in Dorvel.').map((s) => s.sort()), [['one', 'two']]);
  });
});
