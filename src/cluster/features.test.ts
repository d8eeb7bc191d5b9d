import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures } from './features.js';

describe('articleFeatures', () => {
  it("should count a force's spokesman and officers as names, not as the event's people", () => {
    const article = enrichedArticle(
      'Dana Reyes, 24, was shot outside a bar on Main Street in Springfield on Friday, said Officer Mark Lane, a police spokesman. ' +
        'Springfield Police Chief Ann Porter said a suspect was arrested.',
      { title: 'Woman shot outside Springfield bar', publishedAt: '2025-05-03T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:dana reyes', 'q:ann porter', 'q:lane mark']);
  });
});
