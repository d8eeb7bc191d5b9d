import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';

describe('groupFacts: sums in two currencies', () => {
  it('should not credit a sum in dollars to a report that gave it in another currency', () => {
    const one = enrichedArticle('Thieves emptied a vault at a Lyon bank on Friday, police said.\n\nThe regional police also blamed the crew for the theft of $9 million from a jeweller in Nice in March.', { title: 'Lyon bank vault emptied', outlet: 'Rhone Courier', publishedAt: '2031-05-10T09:00:00Z', url: 'https://rhonecourier.example/a' });
    const two = enrichedArticle('Thieves emptied a vault at a Lyon bank on Friday, police said.\n\nThe regional police also blamed the crew for the theft of about 8 million euros from a jeweller in Nice in March.', { title: 'Vault raid in Lyon', outlet: 'Alpine Post', publishedAt: '2031-05-10T11:00:00Z', url: 'https://alpinepost.example/a' });
    const facts = groupFacts([one, two], sourceGroups([one, two]));
    const dollars = facts.find((f) => f.fact.text.includes('$9 million'))!;
    assert.deepEqual(dollars.fact.sources, [one.id]);
  });
});
