import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures, buildProfile } from './features.js';
import { joinThreshold, similarity } from './similarity.js';

const JOIN_THRESHOLD = joinThreshold();

const stats = { documents: 0, df: new Map<string, number>() };

const first = enrichedArticle(
  'A gunman shot two people outside a bar on Main Street in Springfield late on Friday, police said. Officer Dana Reyes said a suspect was arrested at the scene.',
  { title: 'Two shot outside Springfield bar', outlet: 'Springfield Gazette', publishedAt: '2025-05-03T08:00:00Z' },
);
const sameEvent = enrichedArticle(
  'Police arrested a suspect after two people were shot outside a Main Street bar in Springfield on Friday night, Officer Dana Reyes said.',
  { title: 'Suspect held after bar shooting', outlet: 'Valley News', publishedAt: '2025-05-03T11:00:00Z' },
);
const weekLater = enrichedArticle(
  'A gunman shot three people outside a nightclub on Oak Avenue in Springfield late on Friday, police said. Officer Mark Lane said no arrest had been made.',
  { title: 'Three shot outside Springfield nightclub', outlet: 'Springfield Gazette', publishedAt: '2025-05-10T08:00:00Z' },
);

describe('similarity', () => {
  it('should join the same event told differently', () => {
    const score = similarity(articleFeatures(sameEvent), buildProfile([articleFeatures(first)]), stats);
    assert.ok(score.total >= JOIN_THRESHOLD, JSON.stringify(score));
  });

  it('should keep apart two similar shootings in one city a week apart', () => {
    const score = similarity(articleFeatures(weekLater), buildProfile([articleFeatures(first)]), stats);
    assert.ok(score.total < JOIN_THRESHOLD, JSON.stringify(score));
  });
});
