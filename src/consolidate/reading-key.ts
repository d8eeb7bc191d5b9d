/**
 * The key under which what is read of an article's sentences is kept (facts.ts). An article's id and
 * content hash pin its text, not what enrichment found around the text: the same body filed with
 * another publication date resolves "last year" to another year, so its figures are of another time,
 * and a cache keyed by the text alone answered with whichever copy was read first in the process.
 *
 * So the key also holds what the reading looks at besides the body and can differ for one body: the
 * publication date and outlet, the dates enrichment resolved (their values follow the publication date)
 * and the event's date (the headline's and captions' days move it), and the authors (a byline changes
 * whose roles are read). The names found are left out: they are read from the body alone, and listing
 * every one's offsets in each key cost 5-20 µs a key on a page of 60 names, at every rebuild of its event.
 */
import type { Article } from '../model/types.js';

export type ReadArticle = Pick<Article, 'id' | 'contentHash' | 'publishedAt' | 'outlet' | 'eventDate' | 'timexes' | 'authors'>;

export function readingKey(article: ReadArticle): string {
  let key = `${article.id} ${article.contentHash}\u0001${article.publishedAt ?? ''}\u0001${article.outlet ?? ''}\u0001${article.eventDate?.value ?? ''}\u0001`;
  for (const t of article.timexes) key += `${t.start}=${t.value},`;
  return article.authors?.length ? `${key}\u0001${article.authors.join('\u0002')}` : key;
}
