/**
 * A weekday counted within a month: "the first Tuesday of November", "the second Sunday in March 2012",
 * "the last Monday of May". chrono-node reads the weekday from the publication day and the month apart,
 * two dates of which neither is the one meant. The year is the one written, else the month's as a
 * month without a year is read (timex-month-names.ts).
 */
import { type Day, dayValue, isoWeekday } from './timex-calendar.js';
import { monthYear } from './timex-month-names.js';
import type { Rule } from './timex-rules.js';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The nth weekday (1 Monday ... 7 Sunday) of a month, counted from its end for n < 0; null past the month's end. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day | null {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n < 0) {
    const last: Day = { year, month, day: days };
    return { year, month, day: days - ((isoWeekday(last) - weekday + 7) % 7) };
  }
  const first: Day = { year, month, day: 1 };
  const day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
  return day <= days ? { year, month, day } : null;
}

export const NTH_WEEKDAY_RULES: readonly Rule[] = [
  {
    when: /day\s+(?:of|in)\s+[A-Z]/,
    pattern: /\bthe\s+(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:of|in)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+((?:1[89]|20)\d\d)\b)?/gi,
    read: (m, c) => {
      const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
      const year = m[4] ? +m[4] : monthYear(c, m.index, m.index + m[0].length, month);
      if (year === null) return null;
      const day = nthWeekday(year, month, WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1, ORDINALS[m[1]!.toLowerCase()]!);
      return day ? { value: dayValue(day), stated: m[4] !== undefined } : null;
    },
  },
];
