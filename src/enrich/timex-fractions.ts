/**
 * Lengths written as a fraction of a long unit, and the dates they count back to: "a quarter century"
 * and "a quarter of a century" (P25Y), "three quarters of a century" (P75Y); "half a century ago",
 * "a quarter-century ago" (the year that many years back), "half a year ago" (the month six back).
 * Why: the rule for "a quarter" read "for a quarter century" as one quarter (P1Q), the rule for "a
 * century ago" took the tail of "a quarter of a century ago" (the century before), and "half a century"
 * was kept as a length where "ago" makes it a date, as it does "two years ago".
 * After "the last", "the past", "the first" ...: "the last half hour of trading" (PT30M), "the past half
 * century" (P50Y), "the last quarter century" (P25Y). The half-year and quarter rules had read "the last
 * half" as the second half of the year and "the last quarter" as the quarter before the publication.
 */
import { monthValue } from './timex-calendar.js';
import type { Rule, RuleValue } from './timex-rules.js';

/** "a"/"one" quarter, "three quarters", "three-quarters", with "of a" or not, then "century". */
const QUARTERS_OF_CENTURY = String.raw`(a|one|three)[\s-]+quarters?(?:[\s-]+of\s+a)?[\s-]+century`;
/** "half a century", "half a decade", "half a year". */
const HALF_OF = String.raw`half\s+an?\s+(century|decade|year)`;
/** Words that soften a count without changing its value ("about half a century ago"). */
const LEAD = String.raw`(?:(?:about|nearly|almost|some|more than|over|less than|roughly|just|only|barely|at least)\s+)?`;

const HALF_YEARS: Record<string, number> = { century: 50, decade: 5, year: 0.5 };

/** The years a fraction of a century or of a smaller unit comes to (0.5 for half a year). */
function yearsOf(m: RegExpExecArray): number {
  if (m[1]) return /^three$/i.test(m[1]) ? 75 : 25;
  return HALF_YEARS[m[2]!.toLowerCase()]!;
}

const duration = (years: number): RuleValue => ({ value: `P${years}Y`, type: 'DURATION', stated: true });

/** Units of which "the last half" or "the past quarter" is a length (the half-year and quarter rules leave them). */
const PART_UNITS = 'hour|century|decade|minute';
/** What a half or a quarter of each unit comes to. */
const PART_OF: Record<string, Record<string, string>> = {
  half: { hour: 'PT30M', minute: 'PT30S', decade: 'P5Y', century: 'P50Y' },
  quarter: { hour: 'PT15M', century: 'P25Y' },
};

export const FRACTION_RULES: readonly Rule[] = [
  {
    // "in the last half hour of trading", "over the past half-century", "the last quarter century".
    when: ['half', 'quarter'],
    pattern: new RegExp(String.raw`\bthe\s+(?:last|past|first|final|next|previous|coming|latter)\s+(half|quarter)[\s-]+(${PART_UNITS})\b`, 'gi'),
    read: (m) => {
      const value = PART_OF[m[1]!.toLowerCase()]![m[2]!.toLowerCase()];
      return value ? { value, type: 'DURATION', stated: true } : null;
    },
  },
  {
    // The length: "for a quarter of a century", "a quarter-century of rule" (not before "ago", below).
    when: ['centur'],
    pattern: new RegExp(String.raw`\b${LEAD}${QUARTERS_OF_CENTURY}\b(?!\s+ago\b)`, 'gi'),
    read: (m) => duration(yearsOf(m)),
  },
  {
    // The date counted back: at the year, as "two years ago" is read; half a year at the month.
    when: ['ago'],
    pattern: new RegExp(String.raw`\b${LEAD}(?:${QUARTERS_OF_CENTURY}|${HALF_OF})\s+ago\b`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      const years = yearsOf(m);
      if (years < 1) return { value: monthValue(c.reference.year, c.reference.month - 6), type: 'DATE' };
      return { value: String(c.reference.year - years), type: 'DATE' };
    },
  },
];
