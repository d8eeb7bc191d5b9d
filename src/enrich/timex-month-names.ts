/**
 * A month named as a modifier, with no day or preposition ("the October slaying", "a June agreement",
 * "the March accession"), which chrono-node does not read. The span is the month alone, as TimeML
 * marks it. The year follows the rule for a month without one (timex-chrono.ts): up to a month ahead
 * of the publication is this year's in a story of the past, a month already gone is next year's in
 * one of the future. "May" is left out: it is far more often the verb. But chrono-node reads "May"
 * only after "in" (and with a day or a year): "in late May", "mid-May", "the end of May", "since May"
 * it left out, where the words before make it the month.
 */
import { monthValue } from './timex-calendar.js';
import type { Rule, RuleContext } from './timex-rules.js';
import { figureMonthRecent, monthIsMeasured } from './timex-measured-month.js';
import { monthNamesThingDone } from './timex-tense.js';

const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NUMBER: Record<string, number> = { January: 1, February: 2, March: 3, April: 4, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12 };
/** As NEAR_MONTHS in timex-chrono.ts. */
const NEAR_MONTHS = 1;
/** Words after a month that make it no modifier of a noun ("the March of Dimes", "a March for Life"). */
const NOT_A_NOUN = 'of|for|on|in|to|at|by|and|or|with|from|against|through|across|past|was|is|were|are|madness|organi[sz]ers?|participants|marchers';

/** "'s rate decision will", "'s index rebalancing is expected to": the possessive's noun is the subject of a verb that looks ahead. */
const SUBJECT_OF_FUTURE = /^['’]s\s+(?:[\p{L}-]+\s+){1,3}(?:will|shall|would|could|might|(?:is|are)\s+(?:due|set|expected|likely|scheduled|to)\b)/iu;

/** The year of a month named without one: past-biased, as timex-chrono.ts reads it, unless the words look ahead. */
export function monthYear(c: RuleContext, index: number, end: number, month: number): number | null {
  const ref = c.reference;
  if (!ref) return null;
  return c.future(index, end) ? (month < ref.month ? ref.year + 1 : ref.year) : month > ref.month + NEAR_MONTHS ? ref.year - 1 : ref.year;
}

export const MONTH_NAME_RULES: readonly Rule[] = [
  {
    when: /May\b/,
    // Also "scheduled for May" and the first month of a range ("from May to July", "between May and
    // August"), where chrono-node read the second month alone; not "a victory for May" (a name). And
    // May after another month in a list or range ("in April and May", "April, May and June"), which
    // chrono-node does not read; not "In April and May said" nor "In April, May told" (the name).
    pattern: /(?<=\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]|\b(?:end|beginning|start|middle|week|weeks|half|part|days|month) of\s|\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]y)\s|\b(?:scheduled|set|planned|slated|due|expected|timetabled) for\s)May\b(?!\s*(?:\d|\p{Lu}|-))|(?<=\b(?:[Ff]rom|[Bb]etween)\s)May(?=\s+(?:to|and|until|till|through)\s+(?:January|February|March|April|June|July|August|September|October|November|December)\b)|(?<=\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:and|or|to|through|until|till|into)\s)May\b(?!\s*(?:\d|\p{Lu}|-)|\s+(?:said|says|told|has|had|was|is|will|would|and\s+\p{Lu}\p{Ll}+\s+(?:said|say)))|(?<=\b(?:January|February|March|April|June|July|August|September|October|November|December),\s)May(?=,?\s+(?:and\s+|or\s+)?(?:January|February|March|April|June|July|August|September|October|November|December)\b)/gu,
    read: (m, c) => {
      const since = /since\s$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index));
      const ref = c.reference;
      const year = since && ref ? (ref.month >= 5 ? ref.year : ref.year - 1) : monthYear(c, m.index, m.index + m[0].length, 5);
      return year === null ? null : { value: monthValue(year, 5) };
    },
  },
  {
    when: new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:${MONTHS.join('|')})\s+[a-z]`),
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s)(${MONTHS.join('|')})(?=\s+(?!(?:${NOT_A_NOUN})\b)[a-z]{3,})`, 'g'),
    read: (m, c) => {
      const month = MONTH_NUMBER[m[1]!]!;
      const end = m.index + m[0].length;
      // "still hopes to find a buyer under a June deal": the agreement's month is past whatever the verb.
      const done = monthNamesThingDone(m.input.slice(end, end + 40));
      // "will report its September sales on Thursday", said in October: a figure's month already begun is this year's.
      const measured = c.reference !== null && figureMonthRecent(month, c.reference.month) && monthIsMeasured(m.input, m.index, end);
      const year = measured ? c.reference!.year : done && c.reference ? (month > c.reference.month + NEAR_MONTHS ? c.reference.year - 1 : c.reference.year) : monthYear(c, m.index, end, month);
      return year === null ? null : { value: monthValue(year, month) };
    },
  },
  {
    // "September's inflation figures will be released on Friday", "after March's sell-off": a month in the
    // possessive before a figure or a thing done, which chrono-node does not read without a preposition.
    // Only there: "April's husband" is a woman's. The span is the month alone, as TimeML marks it.
    when: MONTHS.map((name) => name.toLowerCase()),
    pattern: new RegExp(String.raw`\b(${MONTHS.join('|')})(?=['’]s\s)`, 'g'),
    read: (m, c) => {
      const ref = c.reference;
      if (!ref) return null;
      const month = MONTH_NUMBER[m[1]!]!;
      const end = m.index + m[0].length;
      const measured = monthIsMeasured(m.input, m.index, end);
      const done = monthNamesThingDone(m.input.slice(end + 2, end + 42));
      if (!measured && !done) return null;
      if (measured && figureMonthRecent(month, ref.month)) return { value: monthValue(ref.year, month) };
      // "January's rate decision will bring a cut": the subject of a verb that looks ahead is not done yet,
      // so a month gone is next year's (said in November, next January), whatever the clause's first verb.
      if (SUBJECT_OF_FUTURE.test(m.input.slice(end, end + 60))) return { value: monthValue(month < ref.month ? ref.year + 1 : ref.year, month) };
      const year = done ? (month > ref.month + NEAR_MONTHS ? ref.year - 1 : ref.year) : monthYear(c, m.index, end, month);
      return year === null ? null : { value: monthValue(year, month) };
    },
  },
];
