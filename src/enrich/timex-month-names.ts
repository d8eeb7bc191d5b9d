/**
 * A month named as a modifier, with no day or preposition ("the October slaying", "a June agreement",
 * "the March accession"), which chrono-node does not read. The span is the month alone, as TimeML
 * marks it. The year follows the rule for a month without one (timex-chrono.ts): up to a month ahead
 * of the publication is this year's in a story of the past, a month already gone is next year's in
 * one of the future. "May" is left out: it is far more often the verb.
 */
import { monthValue } from './timex-calendar.js';
import type { Rule } from './timex-rules.js';

const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NUMBER: Record<string, number> = { January: 1, February: 2, March: 3, April: 4, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12 };
/** As NEAR_MONTHS in timex-chrono.ts. */
const NEAR_MONTHS = 1;
/** Words after a month that make it no modifier of a noun ("the March of Dimes", "a March for Life"). */
const NOT_A_NOUN = 'of|for|on|in|to|at|by|and|or|with|from|against|through|across|past|was|is|were|are|madness|organi[sz]ers?|participants|marchers';

export const MONTH_NAME_RULES: readonly Rule[] = [
  {
    when: new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:${MONTHS.join('|')})\s+[a-z]`),
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s)(${MONTHS.join('|')})(?=\s+(?!(?:${NOT_A_NOUN})\b)[a-z]{3,})`, 'g'),
    read: (m, c) => {
      const ref = c.reference;
      if (!ref) return null;
      const month = MONTH_NUMBER[m[1]!]!;
      const year = c.future(m.index, m.index + m[0].length) ? (month < ref.month ? ref.year + 1 : ref.year) : month > ref.month + NEAR_MONTHS ? ref.year - 1 : ref.year;
      return { value: monthValue(year, month) };
    },
  },
];
