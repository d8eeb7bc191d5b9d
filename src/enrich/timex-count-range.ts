/**
 * The first count of a range of lengths: "six to eight weeks", "between two to six days", "2-3 hours",
 * "two or three days". The unit is written once, after the second count, so the length rule reads only
 * "eight weeks"; the first count is a length of the same unit, a second expression, as a range of
 * dates is two ("from 2010 to 2014") and as TimeBank marks "between two to six days" (P2D and P6D).
 * Counts in words may be compound ("thirty-six to forty-eight hours").
 */
import { durationValue } from './timex-durations.js';
import { readNumber, type Rule } from './timex-rules.js';

/** A count, in figures or words (no "a": "a to b" is no range). */
const COUNT = String.raw`(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)`;
const UNIT = String.raw`(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;

export const COUNT_RANGE_RULES: readonly Rule[] = [
  {
    when: ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'],
    // Not after money or another figure ("$5 to 10 years"), not before "ago", "old" or "earlier"
    // (a date or an age, read elsewhere).
    // "and" only after "between" ("between three and six months"; "two and three" is no range).
    pattern: new RegExp(String.raw`(?<![\d$£€.,/-])\b(${COUNT})(?=\s*(?:to|or|-|–|(?<=\bbetween\s+\w+\s*)and)\s*(${COUNT})[\s-]+${UNIT}\b(?![\s-]+(?:ago|earlier|from now|hence|old)\b|-old))`, 'gi'),
    read: (m) => {
      const [low, high] = [readNumber(m[1]!), readNumber(m[2]!)];
      // A range runs up ("six to eight"); "3-2 hours before the end" is a score.
      return low > 0 && low < high ? { value: durationValue(low, m[3]!), type: 'DURATION', stated: true } : null;
    },
  },
];
