/**
 * Earlier events an article sets apart from its own (enrich/counted-back.ts: "four days after it
 * launched a ballistic missile"), as days, and the test that keeps an article or an event away from
 * the earlier event it tells of. Two launches four days apart are told in the same words by the same
 * outlets, and the join model, which reads a gap of a few days as a misread date about as often as
 * two events, joined them; an article that itself counts the days between the two is the better witness.
 */
import { countedBackEvents } from '../enrich/counted-back.js';
import type { Article } from '../model/types.js';

/** YYYY-MM-DD days of earlier events the article counts back to from its own event's day. */
export function earlierEventDays(article: Pick<Article, 'body' | 'sentences' | 'timexes' | 'eventDate'>): string[] {
  const own = article.eventDate;
  if (!own || own.fallback) return [];
  return [...new Set(countedBackEvents(article.body, article.sentences, article.timexes, own.value).map((e) => e.date))].sort();
}

const DAY_MS = 86_400_000;

function near(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= DAY_MS;
}

/**
 * Whether one side (an article, an event) sets the other apart as an earlier event: every day of
 * `other` lies within a day of an earlier event `earlier` names, and none within a day of the side's
 * own days (an event that also holds those days is not only the earlier one).
 */
export function setsApart(earlier: readonly string[], own: readonly string[], other: readonly string[]): boolean {
  if (earlier.length === 0 || other.length === 0 || own.length === 0) return false;
  return other.every((d) => earlier.some((e) => near(d, e)) && !own.some((o) => near(d, o)));
}
