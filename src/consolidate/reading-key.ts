/**
 * The key under which what is read of an article's sentences is kept (facts.ts). An article's id and
 * content hash pin its text, not what enrichment found around the text: the same body filed with
 * another publication date resolves "last year" to another year, so its figures are of another time,
 * and a cache keyed by the text alone answered with whichever copy was read first in the process.
 * The key therefore also holds every field of the article the reading looks at besides the body.
 */
import type { Article } from '../model/types.js';

export type ReadArticle = Pick<Article, 'id' | 'contentHash' | 'publishedAt' | 'outlet' | 'eventDate' | 'entities' | 'timexes' | 'people'>;

export function readingKey(article: ReadArticle): string {
  const parts = [article.id, article.contentHash, article.publishedAt ?? '', article.outlet ?? '', article.eventDate?.value ?? ''];
  // Offsets and kinds, not texts: the body the content hash pins gives the texts at those offsets.
  parts.push(article.entities.map((e) => `${e.start}.${e.end}.${e.type}`).join(','));
  parts.push(article.timexes.map((t) => `${t.start}.${t.end}.${t.type}.${t.value}`).join(','));
  // Roles say who speaks (readClaim leaves their words out of the claim); the same body with another byline may have others.
  parts.push(article.people.filter((p) => p.role).map((p) => `${p.role}@${p.mentions.map((m) => m.start).join('.')}`).join(','));
  return parts.join('\u0001');
}
