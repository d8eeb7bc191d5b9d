/**
 * A person's part in the event (eventRole) comes from a clause of the event's own act, not from the
 * background a report adds: "The paper's owner was released on bail on Saturday" in a report of Tuesday's
 * search of a columnist's home, or "was released on bail last year" beside a raid, made the raided
 * editor `released` in the later event (review ux72b). people.ts reads the part from every mention,
 * before the event's day is known; here, once it is, the part is read again from the mentions that are
 * of the event: not only where an earlier event is told (in-event.ts), and not in a sentence dated only
 * before the event's day ("on Saturday" before Tuesday, "last year"; a later day, as a follow-up's
 * arrest after a killing, is the event's case still).
 */
import type { Article, PersonMention, Span, Timex } from '../model/types.js';
import { eventRoleOf } from './event-role.js';

/** The last day a TimeML date value covers ("2026-11-14", "2026-11", "2025"), as "YYYY-MM-DD"; null for other values. */
function lastDay(value: string): string | null {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day) return day[1]!;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${month[1]}-${month[2]}-31`;
  const year = /^(\d{4})$/.exec(value);
  return year ? `${year[1]}-12-31` : null;
}

/** Whether the sentence holds a date and every date it holds ends before the event's day. */
function datedBefore(sentence: Span, timexes: readonly Timex[], eventDay: string): boolean {
  let any = false;
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.start < sentence.start || t.end > sentence.end) continue;
    const last = lastDay(t.value);
    if (last === null) continue;
    if (last >= eventDay) return false;
    any = true;
  }
  return any;
}

type Read = Pick<Article, 'body' | 'sentences' | 'timexes' | 'eventDate'>;

/** Reads each person's eventRole again from the mentions of the event's own clauses; `elsewhere` is in-event.ts's. */
export function keepOwnEventRoles(a: Read, people: PersonMention[], elsewhere: (m: Span) => boolean): void {
  const eventDay = a.eventDate && !a.eventDate.fallback && /^\d{4}-\d{2}-\d{2}/.test(a.eventDate.value) ? a.eventDate.value.slice(0, 10) : null;
  const own = (m: Span): boolean => {
    if (elsewhere(m)) return false;
    const sentence = a.sentences.find((s) => s.start <= m.start && m.end <= s.end);
    if (!sentence) return true;
    return eventDay === null || !datedBefore(sentence, a.timexes, eventDay);
  };
  for (const person of people) {
    if (!person.eventRole || !person.eventRoleMentions || person.eventRoleMentions.every(own)) continue;
    const part = eventRoleOf(a.body, person.mentions.filter(own), a.sentences);
    if (part) {
      person.eventRole = part.role;
      person.eventRoleMentions = part.mentions;
    } else {
      delete person.eventRole;
      delete person.eventRoleMentions;
    }
  }
}
