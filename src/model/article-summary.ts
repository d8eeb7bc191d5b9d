/**
 * An article as result lists show it (search hits): no body, no annotations. A stored article's JSON
 * runs to a hundred kilobytes with its entities, dates and sentences; this is under half a kilobyte,
 * and the store keeps it beside the article so a list never parses the article.
 */
import { noEventReason } from '../cluster/no-event.js';
import type { Article } from './types.js';

export interface ArticleSummary {
  id: string;
  headline: string | null;
  outlet: string | null;
  /**
   * The wire agency the page credits ("(WPA) -"), which names a wire's own copy where no outlet does.
   * Absent on cards the store wrote before it was kept (read as null).
   */
  agency?: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  /** The event the article is in now (merges move articles between events). */
  eventId: string | null;
  /**
   * Why an article has no event, where it was stored without one ("opinion column", "editorial",
   * "letter to the editor", "table of contents": cluster/no-event.ts); absent otherwise.
   */
  noEvent?: string;
}

export function summarizeArticle(article: Article): ArticleSummary {
  const { id, headline, outlet, agency, publishedAt, language, eventId } = article;
  const noEvent = eventId === null ? noEventReason(article.warnings) : null;
  return { id, headline, outlet, agency, url: article.source.url ?? null, publishedAt, language, eventId, ...(noEvent ? { noEvent } : {}) };
}
