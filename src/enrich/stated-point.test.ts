import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

describe('stated coordinates as a report\'s place', () => {
  it('should place a report at the coordinates it states, over the city where officials spoke', () => {
    const article = enrichedArticle('A navy frigate fired warning shots at a fishing fleet on Sunday, the defence ministry told reporters in Manila.\n\nThe fleet was anchored near 9.90 N, 115.55 E in the Spratly waters, the ministry said.', { title: 'Warning shots fired at fishing fleet', outlet: 'Island Post', publishedAt: '2026-07-06T09:00:00+08:00' });
    assert.equal(article.place?.point, true);
    assert.deepEqual([article.place?.lat, article.place?.lon], [9.9, 115.55]);
    assert.equal(article.place?.text, '9.90 N, 115.55 E');
  });

  it('should name the point after a sea the text names when no town lies near it', () => {
    const article = enrichedArticle('A cargo ship caught fire in the Arabian Sea on Friday, the coast guard said.\n\nThe ship was at 15.20 N, 62.10 E when the crew sent a distress call, and all 19 sailors were rescued.', { title: 'Cargo ship burns at sea', outlet: 'Harbour Daily', publishedAt: '2026-07-04T09:00:00Z' });
    assert.equal(article.place?.name, 'Arabian Sea');
    assert.equal(article.place?.country, null);
  });

  it('should keep the town a report names where its coordinates lie by it', () => {
    const article = enrichedArticle('A gas pipeline exploded outside Kirkuk on Tuesday, the oil ministry said, at 35.47 N, 44.39 E.', { title: 'Pipeline blast near Kirkuk', outlet: 'River Times', publishedAt: '2026-07-08T09:00:00Z' });
    assert.equal(article.place?.name, 'Kirkuk');
    assert.equal(article.place?.point, undefined);
  });
});

describe('stated coordinates at sea and whose country they are', () => {
  it('should give a point off an island no country of the island, where the text names no waters as one state\'s', () => {
    const article = enrichedArticle('Two patrol boats collided off Koh Kong on Monday, a navy officer said.\n\nThe boats met near 11.40 N, 102.80 E, in waters both states claim.', { title: 'Patrol boats collide', outlet: 'Coast Weekly', publishedAt: '2026-07-06T09:00:00Z' });
    assert.equal(article.place?.point, true);
    assert.equal(article.place?.country, null);
  });

  it("should give the point the country whose waters the text says they are", () => {
    const article = enrichedArticle('Two patrol boats collided off Koh Kong on Monday, a navy officer said.\n\nThe boats met near 11.40 N, 102.80 E, well inside Cambodian waters.', { title: 'Patrol boats collide', outlet: 'Coast Weekly', publishedAt: '2026-07-06T09:00:00Z' });
    assert.equal(article.place?.country, 'KH');
  });
});
