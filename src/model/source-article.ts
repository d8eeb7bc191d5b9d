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
  /** The wire agency credited, where the page gives one: the source's name when no outlet is known. */
  agency?: string | null;
  headline: string | null;
  url: string | null;
  publishedAt: string | null;
}

/**
 * The name a source is credited by: its outlet, else the wire agency of a wire's own copy or a
 * syndicated page that names only the agency. Without it a wire's copy counts in `outlets` but no
 * outlet list names it.
 */
export function creditOf(source: SourceArticle): string | null {
  return source.outlet || source.agency || null;
}

/** An event as the exports write it: the record, and its articles as sources (in publication order). */
export type ExportedEvent = NewsEvent & { sourceArticles?: SourceArticle[] };

export function toSourceArticle(summary: ArticleSummary): SourceArticle {
  return { id: summary.id, outlet: summary.outlet, agency: summary.agency ?? null, headline: summary.headline, url: summary.url, publishedAt: summary.publishedAt };
}
