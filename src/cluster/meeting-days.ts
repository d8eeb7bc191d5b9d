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
 * told a day off, or the statement issued at its close. Nor is a report set apart from a meeting whose
 * lead announces a span covering its day ("a three-day summit"), nor one that leads with the meeting's
 * outcome (a declaration, a communique) with the meeting's body and place (review74 fault 6: "The Group
 * of 20 on Wednesday adopted a joint declaration in Rio de Janeiro", two days into the summit).
 */
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';

/** Days between the two sides' own days from which a meeting and a report of no meeting are two events. */
export const MEETING_DAYS_APART = 2;

/**
 * Whether the article and the event lead one with a meeting and the other with none, on days at least
 * MEETING_DAYS_APART apart (`gap`: days between the article's day and the event's nearest), and the
 * other side is neither within the meeting's announced span nor its outcome.
 */
export function meetingDaysApart(article: ArticleFeatures, event: EventProfile, gap: number | null): boolean {
  if (gap === null || gap < MEETING_DAYS_APART || article.datedInText !== true || event.size === 0) return false;
  const meetings = event.meetings ?? 0;
  if (article.meeting === true ? meetings !== 0 : meetings !== event.size) return false;
  return !sameMeeting(article, event);
}

/** Whether the side of no meeting falls within the meeting's announced span, or tells its outcome with its body and place. */
function sameMeeting(article: ArticleFeatures, event: EventProfile): boolean {
  const day = article.date;
  if (day === null) return false;
  const outcomeWithBody = (): boolean => sharesBodyAndPlace(article.meetingKeys ?? [], event.meetingKeys ?? [], [...article.names, ...event.names]);
  if (article.meeting === true) {
    const until = article.meetingUntil;
    if (until && event.dates.some((d) => d >= day && d <= until)) return true;
    return event.size > 0 && (event.meetingOutcomes ?? 0) === event.size && outcomeWithBody();
  }
  const until = event.meetingUntil;
  if (until && day <= until && event.dates.some((d) => d <= day)) return true;
  return article.meetingOutcome === true && outcomeWithBody();
}

/** Whether two leads share a place ("rio de janeiro", a place name either side gives) and a name that is no place ("group of 20"). */
function sharesBodyAndPlace(keys: readonly string[], others: readonly string[], names: readonly string[]): boolean {
  const places = new Set(names.filter((n) => n.startsWith('l:')).map((n) => n.slice(2)));
  const shared = keys.filter((k) => others.includes(k));
  return shared.some((k) => places.has(k)) && shared.some((k) => !places.has(k));
}
