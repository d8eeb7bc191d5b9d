/**
 * "the week of May 8", "the week of Oct. 12, 1998": the ISO week that holds the day, as TimeML writes
 * a week (2000-W19). chrono-node read the day alone, so "will hear arguments the week of May 8" came out
 * as the one day. The year is the one written, else the month's as a month without a year is read
 * (timex-month-names.ts).
 */
import { weekValue } from './timex-calendar.js';
import { monthYear } from './timex-month-names.js';
import type { Rule } from './timex-rules.js';

/** A month written out or abbreviated, capitalised as a month is ("the week of may 8" is no date). */
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const WEEK_OF_RULES: readonly Rule[] = [
  {
    when: ['week of'],
    pattern: new RegExp(String.raw`\b[Tt]he\s+week\s+of\s+${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:1[89]|20)\d\d)\b)?`, 'g'),
    read: (m, c) => {
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
      const day = +m[2]!;
      if (day < 1 || day > 31) return null;
      const year = m[3] ? +m[3] : monthYear(c, m.index, m.index + m[0].length, month);
      if (year === null) return null;
      return { value: weekValue({ year, month, day }), stated: m[3] !== undefined };
    },
  },
];
