/**
 * A weekday a clause leads up to, after the day the clause itself names: "Stocks fell on Monday ahead
 * of Friday's jobs report". Read alone, the Friday is the one before the publication (news reports
 * the past), which may fall before the Monday named; what something leads up to comes after it, so
 * the weekday is the first such day after the one named earlier in the sentence.
 */
import type { Timex } from '../model/types.js';
import { addDays, dayValue, isoWeekday } from './timex-calendar.js';

const BARE_WEEKDAY = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/**
 * The words that make what follows later than the clause: "ahead of", "in the run-up to", "on the eve
 * of", and what is awaited ("Stocks fell on Monday as investors awaited Friday's jobs report").
 */
const LEAD_UP = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|on\s+the\s+eve\s+of|awaits?|awaited|awaiting)\s+$/i;
const DAY = /^(\d{4})-(\d\d)-(\d\d)/;

/** Moves each weekday after lead-up words past the last day named before it in the sentence (sorted readings). */
export function afterLeadDay(sorted: Timex[], body: string): void {
  for (let i = 1; i < sorted.length; i++) {
    const t = sorted[i]!;
    const weekday = BARE_WEEKDAY.exec(t.text);
    const own = DAY.exec(t.value);
    if (!weekday || !own || !LEAD_UP.test(body.slice(Math.max(0, t.start - 24), t.start))) continue;
    const before = [...sorted.slice(0, i)].reverse().find((k) => DAY.test(k.value));
    const named = before ? DAY.exec(before.value) : null;
    if (!named || `${own[1]}-${own[2]}-${own[3]}` > `${named[1]}-${named[2]}-${named[3]}`) continue;
    const from = { year: +named[1]!, month: +named[2]!, day: +named[3]! };
    const step = (WEEKDAYS.indexOf(weekday[1]!.toLowerCase()) + 1 - isoWeekday(from) + 7) % 7 || 7;
    t.value = dayValue(addDays(from, step)) + t.value.slice(10);
  }
}
