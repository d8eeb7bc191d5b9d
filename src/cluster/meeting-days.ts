/**
 * A meeting of states' people told with its own day, against reports of something else days away: the
 * ministers' emergency meeting four days after a cable fault it discussed, and two days before the
 * sanctions it asked for, is an event of its own (review ux73a: it joined the fault in one order and
 * the sanctions in the other). lead-meeting.ts keeps such pairs apart only beyond six days, where the
 * date bands alone weigh little; within them a meeting shares the words and the places of the incident
 * it discusses, and the people of the act that follows it, and the join model took it in.
 *
 * The article must date its own event in its text (a stated or named day, not its publication day), and
 * the two sides must lead one with a meeting, the other with none: a story whose reports lead both ways
 * (talks over several days) is left to the model. Two days at least: a day either way is one meeting
 * told a day off, or the statement issued at its close.
 */
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';

/** Days between the two sides' own days from which a meeting and a report of no meeting are two events. */
export const MEETING_DAYS_APART = 2;

/**
 * Whether the article and the event lead one with a meeting and the other with none, on days at least
 * MEETING_DAYS_APART apart (`gap`: days between the article's day and the event's nearest).
 */
export function meetingDaysApart(article: ArticleFeatures, event: EventProfile, gap: number | null): boolean {
  if (gap === null || gap < MEETING_DAYS_APART || article.datedInText !== true || event.size === 0) return false;
  const meetings = event.meetings ?? 0;
  return article.meeting === true ? meetings === 0 : meetings === event.size;
}
