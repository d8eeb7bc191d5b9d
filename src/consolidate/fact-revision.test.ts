import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { revisedFigure } from './fact-revision.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';

describe('a figure set against an earlier one (review ux73a fault 3)', () => {
  it('should read a new figure told against the fact\'s, in either order, and nothing else', () => {
    const first = 'The navy said the anchor had left a furrow about 40 km long on the seabed.';
    const later = 'The furrow is about 60 kilometres long, the navy said on Wednesday, longer than the 40 km it reported a day earlier.';
    assert.equal(revisedFigure(later, first), true);
    assert.equal(revisedFigure(first, later), true);
    assert.equal(revisedFigure('Repairs will take about four months, far longer than the two months the partner suggested.', 'The partner said repairs would take two months.'), true);
    // Another report of the same figure, or a rival figure without a comparison (a discrepancy), is not one.
    assert.equal(revisedFigure('A furrow about 40 kilometres long was found on the seabed.', first), false);
    assert.equal(revisedFigure('The furrow was about 60 km long, the coast guard said.', first), false);
  });

  it('should give a follow-up\'s new figure a fact of its own, not credit it with the older one', () => {
    const day = enrichedArticle(
      ['Latvia lost its main power link to Sweden on Tuesday after the Kestrel Link undersea cable was damaged, officials said.', 'The Latvian grid operator Latgrid said the cable would be out of service for weeks, while the Swedish Navy said the anchor of the cargo ship had left a furrow about 40 km long on the seabed.'].join('\n\n'),
      { title: 'Power link to Sweden cut', outlet: 'Riga Ledger', publishedAt: '2026-03-03T15:00:00Z', url: 'https://rigaledger.example/a' },
    );
    const next = enrichedArticle(
      ['The anchor furrow left across the floor of the Baltic Sea is about 60 kilometres long, the Swedish Navy said on Wednesday, longer than the 40 km it reported a day earlier.', 'The Kestrel Link power cable was damaged in the early hours of Tuesday.'].join('\n\n'),
      { title: 'Cable damage proves worse', outlet: 'Cable Watch', publishedAt: '2026-03-04T10:00:00Z', url: 'https://cablewatch.example/a' },
    );
    const facts = groupFacts([day, next], sourceGroups([day, next]));
    const older = facts.find((g) => g.fact.text.includes('about 40 km long'))!;
    assert.deepEqual(older.fact.sources, [day.id]);
    assert.deepEqual(facts.find((g) => g.fact.text.includes('60 kilometres'))!.fact.sources, [next.id]);
  });
});
