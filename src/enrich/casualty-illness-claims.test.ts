import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

const claimsOf = (body: string) => enrichedArticle(body, { title: 'Typhoid deaths rise in Dunmarsh', outlet: 'Dunmarsh Gazette', publishedAt: '2026-05-04T09:00:00Z' }).casualtyClaims ?? [];
const brief = (body: string) => claimsOf(body).map((c) => `${c.kind} ${c.value} by ${c.by}`).sort();

describe('findIllnessClaims (through enrichment)', () => {
  it('should credit each clause\'s figure to its own teller where a sentence sets two counts against each other', () => {
    const body = 'The typhoid outbreak in Dunmarsh continued to spread this week.\n\nThe regional health board says 37 people have died, but Helping Hands International puts the toll at 45, counting deaths at home.';
    assert.deepEqual(brief(body), ['died 37 by regional health board', 'died 45 by Helping Hands International']);
  });

  it('should credit a figure told as another body\'s count to that body', () => {
    const body = 'The typhoid outbreak in Dunmarsh continued to spread this week.\n\nHelping Hands International said on Sunday that at least 20 people had died of typhoid, six more than the 14 deaths in the health board\'s official tally.';
    assert.deepEqual(brief(body), ['died 14 by health board', 'died 20 by Helping Hands International']);
  });

  it('should credit a running total to the speaker, and make no claim of a day\'s count or of "no deaths" that day', () => {
    const body = 'The typhoid outbreak in Dunmarsh has caused 29 deaths since March, the regional health board said on Monday.\n\nIn the past 24 hours, nine new cases and no deaths were logged, the board said.';
    const enriched = enrichedArticle(body, { title: 'Typhoid deaths rise in Dunmarsh', outlet: 'Dunmarsh Gazette', publishedAt: '2026-05-04T09:00:00Z' });
    assert.deepEqual(enriched.casualties, { killed: null, injured: null, died: 29 });
    assert.deepEqual(brief(body), ['died 29 by regional health board']);
  });
});
