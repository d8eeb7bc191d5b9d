/**
 * Whether every report names every one of the places the reports were placed in: "arrested at his home
 * in Yarm" under a headline "... over Middlesbrough explosion", beside a report that leads with "a
 * Middlesbrough chemical plant" and then names Yarm. Each report tells both towns, the one where the
 * plant blew up and the one where its manager was held; they chose differently which is the scene,
 * but no report says the other's town is wrong, so there is no disagreement for a reader to weigh.
 */
import type { Article } from '../model/types.js';

export function placesAllTold(articles: readonly Pick<Article, 'headline' | 'body'>[], places: readonly string[]): boolean {
  const patterns = places.map((p) => new RegExp(`(?<![\\p{L}\\d])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u'));
  return articles.every((a) => {
    const text = `${a.headline ?? ''}\n${a.body}`;
    return patterns.every((p) => p.test(text));
  });
}
