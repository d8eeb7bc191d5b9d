/**
 * The clustering features of stored articles, kept for the articles read lately. An event no larger
 * than the rebuild sample is searched for a second story at every article it gains (second-story.ts),
 * and each of its stored articles' features was worked out again each time from the same text.
 */
import { type ArticleFeatures, articleFeatures } from '../cluster/features.js';
import type { Article } from '../model/types.js';
import { Lru } from '../util/lru.js';
import { featuresKey } from './cache-keys.js';

/** Articles whose features are kept: a few events of the sample's size, a few hundred terms each. */
const KEPT = 1024;

const kept = new Lru<string, ArticleFeatures>(KEPT);

/**
 * The article's features, read once while it is in use. Features depend on the article alone, never on
 * its event; but on more than its text (its headline, dates, place), so the key holds those too
 * (cache-keys.ts). Shared, so not to be changed by the caller.
 */
export function storedFeatures(article: Article): ArticleFeatures {
  const key = featuresKey(article);
  let found = kept.get(key);
  if (found === undefined) kept.set(key, (found = articleFeatures(article)));
  return found;
}
