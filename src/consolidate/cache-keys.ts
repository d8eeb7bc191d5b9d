/**
 * The keys of consolidation's per-article caches (stored-features.ts, organizations.ts, indicators.ts).
 * Each was keyed by id and content hash, which pin the text and nothing else: the same body filed on
 * another day, under another title, at another address or with another byline is one id, and in one
 * process (tests, a library caller building its own articles, a process opening two stores) the cache
 * answered with whatever the first copy had given. Each key here holds what its reader looks at besides
 * the body, or what enrichment made of it; reading-key.ts does so for fact grouping.
 */
import type { Article, Timex } from '../model/types.js';
import { readingKey, type ReadArticle } from './reading-key.js';

/** The clustering features' article: its headline, themes, place, toll and dates as well as its words. */
export type FeaturesArticle = ReadArticle & Pick<Article, 'headline' | 'agency' | 'source' | 'place' | 'themes' | 'casualties'>;

/**
 * The features read the headline's words, the place's point, the themes and the toll besides what the
 * sentence reading reads (publication date, outlet, dates, authors); the address and agency are the rest
 * of what enrichment was given. Short fields only: building the key stays far cheaper than the features.
 */
export function featuresKey(article: FeaturesArticle): string {
  const place = article.place ? `${article.place.name}@${article.place.lat},${article.place.lon}${article.place.inferred ? '?' : ''}` : '';
  const toll = article.casualties ? `${article.casualties.killed ?? ''}/${article.casualties.injured ?? ''}/${article.casualties.died ?? ''}` : '';
  return `${readingKey(article)}\u0001${article.headline ?? ''}\u0001${article.source.url ?? ''}\u0001${article.agency ?? ''}\u0001${place}\u0001${toll}\u0001${article.themes.join(',')}`;
}

/** What the bodies an article names are read with besides its text and names (organizations.ts). */
export interface NamedArticle {
  id: string;
  contentHash: string;
  timexes: readonly Timex[];
  eventDate: Article['eventDate'];
  related: Article['related'];
  authors: readonly string[];
}

/**
 * A body is left out where a sentence tells an earlier event (the dates, the event's date and the
 * earlier events enrichment found, all counted from the publication date) or credits a reporter (the
 * byline): those are in the key.
 */
export function namedBodiesKey(article: NamedArticle): string {
  const date = article.eventDate;
  let key = `${article.id} ${article.contentHash}\u0001${date ? `${date.value}${date.fallback ? '~' : ''}` : ''}\u0001`;
  for (const t of article.timexes) key += `${t.start}=${t.value},`;
  key += '\u0001';
  for (const r of article.related) key += `${r.start}-${r.end}${r.near ? '~' : ''},`;
  return `${key}\u0001${article.authors.join('\u0002')}`;
}

/** A report's indicators are read from its headline and body, its own site's host set aside (indicators.ts). */
export function indicatorsKey(a: { id: string; contentHash?: string; headline: string | null; source?: { url?: string } }): string {
  return `${a.id} ${a.contentHash ?? ''}\u0001${a.source?.url ?? ''}\u0001${a.headline ?? ''}`;
}
