/**
 * "the previous trading day", "the next business day", "the following working day": a market's or an
 * office's day before or after the day the story last named, stepping over Saturday and Sunday (the
 * trading day before a Monday is the Friday). The anaphora rule reads "the previous day" alone; with
 * "trading" between, nothing had been read. With no day named before, "the previous trading day"
 * counts back from the publication day, as "the previous day" does, and what comes after a day not
 * named ("the next business day" in a story of no date) is left unread. Public holidays are not
 * known, so a day after one is taken as a trading day.
 */
import type { Anchor } from './timex-anaphora.js';
import { addDays, type Day, dayValue, isoWeekday } from './timex-calendar.js';
import type { Rule, RuleContext, RuleValue } from './timex-rules.js';

/** The weekday `step` days away (one day either way), stepping over a weekend. */
export function tradingDayFrom(day: Day, step: 1 | -1): Day {
  let next = addDays(day, step);
  while (isoWeekday(next) > 5) next = addDays(next, step);
  return next;
}

function dayOf(anchor: Anchor | null): Day | null {
  return anchor && anchor.month !== null && anchor.day !== null ? { year: anchor.year, month: anchor.month, day: anchor.day } : null;
}

function read(m: RegExpExecArray, c: RuleContext): RuleValue | null {
  const back = /^(?:previous|preceding|prior)$/i.test(m[1]!);
  const named = dayOf(c.anchor(m.index));
  // Only a count back may start from the publication day: a story says "the previous trading day" of
  // the session it reports, but "the next business day" of a day it has named.
  const from = named ?? (back ? c.reference : null);
  return from ? { value: dayValue(tradingDayFrom(from, back ? -1 : 1)) } : null;
}

export const TRADING_DAY_RULES: readonly Rule[] = [
  {
    when: ['trading day', 'business day', 'working day'],
    pattern: /\bthe\s+(previous|preceding|prior|next|following)\s+(?:trading|business|working)\s+day\b(?!['’]s)/gi,
    read,
  },
];
