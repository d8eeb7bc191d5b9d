/**
 * An article as an export cites it: an exported event's facts, participants and discrepancies name
 * their sources by article id, and outside the store an id says nothing. Each exported event lists its
 * articles with what a reader needs to name and find them (outlet, headline, address, time).
 */
import type { ArticleSummary } from './article-summary.js';
import type { NewsEvent } from './types.js';

export interface SourceArticle {
  id: string;
  outlet: string | null;
  headline: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** An event as the exports write it: the record, and its articles as sources (in publication order). */
export type ExportedEvent = NewsEvent & { sourceArticles?: SourceArticle[] };

export function toSourceArticle(summary: ArticleSummary): SourceArticle {
  return { id: summary.id, outlet: summary.outlet, headline: summary.headline, url: summary.url, publishedAt: summary.publishedAt };
}
