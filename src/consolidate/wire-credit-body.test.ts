import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { organizationsOf } from './organizations.js';

describe('organizationsOf, a wire credit in a dateline with its year', () => {
  it("should list no body for the wire's initials in the dateline, whatever the date's form", () => {
    const leads = [
      'OSLO, March 3, 2027 (NNA) - The Fisheries Directorate closed the cod quota early on Wednesday, citing low stocks.',
      'OSLO, 3 March 2027 (NNA) - The Fisheries Directorate closed the cod quota early on Wednesday, citing low stocks.',
      'OSLO, Mar. 3 (NNA) - The Fisheries Directorate closed the cod quota early on Wednesday, citing low stocks.',
    ];
    for (const lead of leads) {
      const article = enrichedArticle(lead, { title: 'Cod quota closed early', outlet: 'Nordkyst Post', publishedAt: '2027-03-03T10:00:00Z' });
      const names = organizationsOf([article]).map((o) => o.name);
      assert.ok(!names.includes('NNA'), `${lead.slice(0, 24)}: ${names.join(', ')}`);
    }
  });
});
