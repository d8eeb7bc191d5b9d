/**
 * A weekday placed in a week the sentence names: "on Tuesday last week", "Friday of next week",
 * "Monday this week", "last week's Thursday". chrono-node and the rule for "last week" read the two
 * apart (the weekday from the publication day, the week as the ISO week), so the weekday meant was
 * lost; TimeML gives the whole the day's value. The week is the ISO week, as "last week" is.
 */
import { addDays, type Day, dayValue, isoWeekday } from './timex-calendar.js';
import type { Rule } from './timex-rules.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = String.raw`((?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const STEPS: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1, coming: 1 };

/** The given weekday (1 Monday ... 7 Sunday) in the ISO week `weeks` weeks from the reference's. */
export function weekdayInWeek(reference: Day, weekday: number, weeks: number): Day {
  return addDays(reference, 7 * weeks + weekday - isoWeekday(reference));
}

export const WEEK_DAY_RULES: readonly Rule[] = [
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
