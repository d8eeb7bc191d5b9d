/**
 * The days a relative reference to a stretch of time just past covers: "last weekend" (2026-W08-WE) is
 * its Saturday and Sunday, "last week" (2026-W08) its Monday to Sunday, "earlier this month" the
 * month's first day up to the day before the report's event. A mention of an earlier event dated so
 * ("the thieves struck last weekend") can then be linked to a stored event of those days only, where
 * its month alone would let any event of the month with the same words answer it.
 */
import type { DaySpan } from '../model/types.js';

const DAY_MS = 86_400_000;

/** The Monday of an ISO week, in milliseconds: week 1 holds January 4. */
function weekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "earlier this month", "earlier in the week": the span up to the event, not all of it. */
const EARLIER_IN = /^earlier\s+(?:this|in\s+the)\s+(week|month)\b/i;

/**
 * The span `timex` names when it lies wholly before `eventDate` (YYYY-MM-DD...), else null: a
 * weekend, a week, or the part of the event's own week or month before its day where the text says
 * "earlier". Not a day (a day is its own span), a month or a year, which are dated as they are.
 */
export function pastSpan(timex: { value: string; text: string }, eventDate: string): DaySpan | null {
  const event = eventDate.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(event)) return null;
  const dayBeforeEvent = day(Date.parse(`${event}T00:00:00Z`) - DAY_MS);
  let span: DaySpan | null = null;
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(timex.value);
  const earlier = EARLIER_IN.exec(timex.text.trim());
  if (week) {
    const monday = weekMonday(+week[1]!, +week[2]!);
    span = week[3] ? { from: day(monday + 5 * DAY_MS), to: day(monday + 6 * DAY_MS) } : { from: day(monday), to: day(monday + 6 * DAY_MS) };
    // "earlier this week" told on a Thursday: Monday to Wednesday.
    if (earlier && span.to > dayBeforeEvent) span = { from: span.from, to: dayBeforeEvent };
  } else if (earlier && earlier[1]!.toLowerCase() === 'month' && /^\d{4}-\d{2}$/.test(timex.value) && event.startsWith(timex.value)) {
    span = { from: `${timex.value}-01`, to: dayBeforeEvent };
  }
  if (!span || span.to < span.from || span.to >= event) return null;
  return span;
}
