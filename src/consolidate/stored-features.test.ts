import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures } from '../cluster/features.js';
import { storedFeatures } from './stored-features.js';

describe('storedFeatures', () => {
  const article = (): ReturnType<typeof enrichedArticle> =>
    enrichedArticle('Flood water closed the ring road in Marlow on Monday after the river burst its banks, the county council said.', { title: 'Marlow ring road shut by floods', outlet: 'Thames Echo', publishedAt: '2026-02-09T08:00:00Z' });

  it("should give the article's clustering features", () => {
    const a = article();
    assert.deepEqual(storedFeatures(a), articleFeatures(a));
  });

  it('should read an article once however often its event asks, and another article apart', () => {
    const a = article();
    assert.equal(storedFeatures(a), storedFeatures({ ...a }));
    const other = { ...a, id: `${a.id}-other`, contentHash: `${a.contentHash}-other`, headline: 'Ring road reopens' };
    assert.notEqual(storedFeatures(other), storedFeatures(a));
    assert.ok(storedFeatures(other).terms.has('reopen'));
  });
});
