/**
 * How likely an article reports the same event as a stored one: the join model's probability over the
 * pair features (TF-IDF cosine of terms, overlap of names by kind, place conflict, date gap, event
 * size). The weights are learned by `npm run train:cluster` (train/cluster.ts) and shipped in
 * models/cluster.json; the hand-set weights they replaced are kept in docs/clustering.md.
 */
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { joinProbability, type JoinModel, shippedJoinModel } from './join-model.js';
import { type ArticleVector, articleVector, pairFeatures, type TermStats } from './pair-features.js';

export { idf, type TermStats } from './pair-features.js';

export interface Score {
  /** The probability that the article belongs to the event. */
  total: number;
  /** The pair features, in PAIR_FEATURES order. */
  features: number[];
}

/** The probability from which an article joins an event. */
export function joinThreshold(model: JoinModel = shippedJoinModel()): number {
  return model.threshold;
}

export function similarity(article: ArticleFeatures, event: EventProfile, stats: TermStats, vector?: ArticleVector, model: JoinModel = shippedJoinModel()): Score {
  const features = pairFeatures(article, vector ?? articleVector(article, stats), event, stats);
  return { total: joinProbability(model, features), features };
}
