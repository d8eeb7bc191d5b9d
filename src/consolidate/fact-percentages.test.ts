import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { groupFacts, numberDiscrepancies } from './facts.js';
import { sourceGroups } from './sources.js';
import { lonePercentage } from './fact-percentages.js';

describe('lonePercentage', () => {
  it('should give the one percentage of a sentence, however it is written', () => {
    assert.equal(lonePercentage('Buyers may hold stakes of up to 40% in new mills.'), '40');
    assert.equal(lonePercentage('Buyers may hold stakes of up to 40.0 per cent in new mills.'), '40');
  });

  it('should give none for a sentence of two percentages or none', () => {
    assert.equal(lonePercentage('Exports fell 7% while imports rose 2%.'), null);
    assert.equal(lonePercentage('The talks ended without a deal.'), null);
  });
});

describe('numberDiscrepancies on one claim told with two percentages', () => {
  const one = enrichedArticle('Minister Odile Varga said the government would let foreign buyers hold stakes of up to 40% in new copper mills.', { title: 'Mills', outlet: 'Harbour Daily', publishedAt: '2027-05-04T09:00:00Z', url: 'https://harbour.example/a' });
  const two = enrichedArticle('A ministry official said foreign buyers could be offered stakes of up to 45% in the new copper mills.', { title: 'Mills', outlet: 'Coastal Ledger', publishedAt: '2027-05-04T11:00:00Z', url: 'https://coastal.example/b' });

  it('should list both figures and credit the fact only to the outlet that gives its own', () => {
    const groups = sourceGroups([one, two]);
    const facts = groupFacts([one, two], groups);
    const found = numberDiscrepancies(facts, groups, [], [one, two]);
    const percentages = found.filter((d) => d.about.startsWith('percentage'));
    assert.equal(percentages.length, 1);
    assert.deepEqual(percentages[0]!.variants.map((v) => [v.value, v.sources]), [['40%', [one.id]], ['45%', [two.id]]]);
    const fact = facts.find((f) => f.fact.text.includes('40%'))!;
    assert.deepEqual(fact.fact.sources, [one.id]);
  });

  it('should list nothing where the outlets give the same percentage', () => {
    const same = enrichedArticle('A ministry official said foreign buyers could be offered stakes of up to 40 per cent in the new copper mills.', { title: 'Mills', outlet: 'Coastal Ledger', publishedAt: '2027-05-04T11:00:00Z', url: 'https://coastal.example/c' });
    const groups = sourceGroups([one, same]);
    const facts = groupFacts([one, same], groups);
    assert.deepEqual(numberDiscrepancies(facts, groups, [], [one, same]).filter((d) => d.about.startsWith('percentage')), []);
    assert.ok(facts.some((f) => f.fact.sources.includes(one.id) && f.fact.sources.includes(same.id)));
  });
});
