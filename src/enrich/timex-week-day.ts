/**
 * A weekday placed in a week the sentence names: "on Tuesday last week", "Friday of next week",
 * "Monday this week", "last week's Thursday". chrono-node and the rule for "last week" read the two
 * apart (the weekday from the publication day, the week as the ISO week), so the weekday meant was
 * lost; TimeML gives the whole the day's value. The week is the ISO week, as "last week" is.
 */
import { addDays, type Day, dayValue, isoWeekday, resolveWeekday } from './timex-calendar.js';
import { NUMBER, readNumber, type Rule } from './timex-rules.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = String.raw`((?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const STEPS: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1, coming: 1 };

/** The given weekday (1 Monday ... 7 Sunday) in the ISO week `weeks` weeks from the reference's. */
export function weekdayInWeek(reference: Day, weekday: number, weeks: number): Day {
  return addDays(reference, 7 * weeks + weekday - isoWeekday(reference));
}

/** A part of the day after the weekday ("a week ago Friday night"), as TimeML writes it on the day. */
const PART_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * "a week ago Friday", "two weeks ago Sunday", "a week from Tuesday": a count of weeks before the last
 * such weekday (on or before the publication day) or after the next one (after it). The count and the
 * weekday had been read apart, "a week ago" as the publication's weekday a week back and "Friday" as
 * the last Friday, neither the day meant.
 */
const WEEKS_FROM_WEEKDAY = new RegExp(String.raw`\b(${NUMBER})[\s-]+weeks?\s+(ago|from)\s+(?:this\s+(?:past\s+)?|(?:on\s+)?)${WEEKDAY}\b(?:\s+(morning|afternoon|evening|night)\b)?`, 'gi');

export const WEEK_DAY_RULES: readonly Rule[] = [
  {
    when: ['week'],
    pattern: WEEKS_FROM_WEEKDAY,
    read: (m, c) => {
      const weeks = readNumber(m[1]!);
      if (!c.reference || weeks < 1) return null;
      const weekday = WEEKDAYS.indexOf(m[3]!.toLowerCase()) + 1;
      const back = m[2]!.toLowerCase() === 'ago';
      const base = back ? resolveWeekday(c.reference, weekday, false) : resolveWeekday(addDays(c.reference, 1), weekday, true);
      const day = dayValue(addDays(base, (back ? -7 : 7) * weeks));
      return m[4] ? { value: `${day}T${PART_CODES[m[4].toLowerCase()]!}`, type: 'TIME' } : { value: day };
    },
  },
  {
    when: ['week'],
    // "Tuesday last week", "on Friday of next week"; not "Tuesday, last week's vote" (a comma parts them).
    pattern: new RegExp(String.raw`\b${WEEKDAY}\s+(?:of\s+)?(last|next|this|the\s+(?:previous|coming))\s+week\b(?![-'’])`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      const weeks = STEPS[m[2]!.toLowerCase().replace(/^the\s+/, '')]!;
      return { value: dayValue(weekdayInWeek(c.reference, WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1, weeks)) };
    },
  },
  {
    when: ['week'],
    // "last week's Thursday", "next week's Monday" (not "last week's Thursday meeting": the weekday is
    // still that week's day, and kept).
    pattern: new RegExp(String.raw`\b(last|next|this)\s+week['’]s\s+${WEEKDAY}\b`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      const weeks = STEPS[m[1]!.toLowerCase()]!;
      return { value: dayValue(weekdayInWeek(c.reference, WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1, weeks)) };
    },
  },
];
