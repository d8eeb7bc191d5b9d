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

  it("should keep an officer who was shot, or charged, and an officer's mother, among the event's people", () => {
    const article = enrichedArticle(
      'Police Officer Miosotis Familia, 48, was shot and killed in the Bronx on Wednesday. ' +
        'Former Chicago police officer Jason Van Dyke was charged with murder on Friday. ' +
        'Maria Lopez, the mother of a Chicago police officer, was shot and killed on Sunday.',
      { title: 'Officer killed', publishedAt: '2025-05-03T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:dyke jason van', 'p:familia miosotis', 'p:lopez maria']);
  });
});
