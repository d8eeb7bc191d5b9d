/**
 * "The same period last year" in a results story: the period the story reports, a year back. Business
 * and wire copy compare a quarter's figures with "the corresponding period last year", "the same
 * period a year earlier", "the comparable quarter of the previous year" or "the same period of 1988",
 * which TimeML values as the reported quarter of that year (as "the year-ago period",
 * timex-periods.ts). Only "last year", "the previous year" or the year had been read.
 */
import { quarterValue } from './timex-calendar.js';
import { comparedQuarter } from './timex-periods.js';
import type { Rule } from './timex-rules.js';

export const SAME_PERIOD_RULES: readonly Rule[] = [
  {
    when: ['period', 'quarter'],
    pattern:
      /\bthe (?:same|corresponding|comparable|like|equivalent) (?:period|quarter)(?: (?:of|in))?(?: (?:the )?(?:last|previous|prior|preceding) year| a year (?:ago|earlier|before)| ((?:19|20)\d\d))\b/gi,
    // Where no quarter is in focus, or a span of months is ("For the nine months ... the same period last
    // year"), the period is not known: the year is left to the other readings.
    read: (m, c) => {
      const compared = comparedQuarter(c, m);
      if (!compared) return null;
      return { value: quarterValue(m[1] ? +m[1] : compared[0] - 1, compared[1]) };
    },
  },
];
