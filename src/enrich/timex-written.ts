/**
 * Dates in written forms chrono-node does not read: a day written with full stops as much of Europe
 * writes it ("14.06.2010", day first), and a month or a year's end as business news abbreviates it
 * ("by end-June", "at end-2009"), and "9/11", the day of the attacks; and a date in figures with a
 * blank either side of each slash, as a tokeniser leaves it ("12 / 19 / 2005", "2012 / 12 / 23": ECB+'s
 * texts; chrono-node read the year alone).
 */
import { dayValue, monthValue } from './timex-calendar.js';
import { monthYear } from './timex-month-names.js';
import type { Rule, RuleContext } from './timex-rules.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const WRITTEN_RULES: readonly Rule[] = [
  {
    // Not inside a longer run of numbers ("1.2.2010.4", a version or an address).
    when: /\d\.\d{1,2}\.(?:19|20)\d\d/,
    pattern: /(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d]|\.\d)/g,
    read: (m) => {
      if (/\b(?:version|v\.?|release|build)\s*$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return null;
      const [day, month, year] = [+m[1]!, +m[2]!, +m[3]!];
      if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
      return { value: dayValue({ year, month, day }), stated: true };
    },
  },
  {
    // "end-June" is June (its end, as "the end of June" is read), "end-2009" the year.
    when: /\bend-(?:[A-Z]|\d{4})/,
    pattern: /\bend-(?:(January|February|March|April|May|June|July|August|September|October|November|December)|((?:19|20)\d\d))\b/g,
    read: (m, c) => {
      if (m[2]) return { value: m[2], stated: true };
      const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      const year = monthYear(c, m.index, m.index + m[0].length, month);
      return year === null ? null : { value: monthValue(year, month) };
    },
  },
  {
    // "12 / 19 / 2005" and "8 / 2 / 13" month first, as chrono-node reads "12/19/2005" (the day first
    // where the first number cannot be a month); "2012 / 12 / 23" the year first. Only with blanks
    // around both slashes: the written form is chrono-node's.
    when: /\d \/ \d{1,2} \/ \d/,
    pattern: /(?<![\d/]\s?)\b(?:(\d{1,2}) \/ (\d{1,2}) \/ ((?:19|20)\d\d|\d\d)|((?:19|20)\d\d) \/ (\d{1,2}) \/ (\d{1,2}))\b(?!\s?\/)/g,
    read: (m) => {
      const [a, b] = m[1] ? [+m[1], +m[2]!] : [+m[5]!, +m[6]!];
      const year = m[1] ? (m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!) : +m[4]!;
      const [month, day] = m[1] && a > 12 ? [b, a] : [a, b];
      if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
      return { value: dayValue({ year, month, day }), stated: true };
    },
  },
  {
    // "9/11", "the 9/11 attacks": the day of the attacks, as news names it, not 11 September of the
    // publication's year (or nothing: chrono-node read no date there). Not inside a longer date or
    // number ("9/11/2003", "19/11"), nor in a story written before the attacks.
    when: /9\/11/,
    pattern: /(?<![\d/.])9\/11(?![\d/]|\.\d)/g,
    read: (_m, c) => (afterTheAttacks(c) ? { value: '2001-09-11', stated: true } : null),
  },
  {
    // "since the September 11 attacks", "the Sept. 11 commission": the attacks' day written out, before the
    // words that name them, is 2001's as "9/11" is; without a year chrono-node had put it in September of
    // the publication's year. Only the plural names the attacks of 2001: "the September 11 attack on a
    // clerk", "Israel's September 11 strikes", "September 11 victims" are as often a day of the story's own
    // year. Not "the September 11 deadline" or "set for September 11", a day of its own.
    when: ['september 11', 'sept. 11', 'sept 11', 'sep. 11'],
    pattern: /\b(?:September|Sept\.?|Sep\.)\s+11(?:th)?(?=\s+(?:(?:terror(?:ist)?|suicide)\s+)?(?:attacks|hijackings|hijackers|commission)\b)/g,
    read: (_m, c) => (afterTheAttacks(c) && !justAfterSeptember11(c) ? { value: '2001-09-11', stated: true } : null),
  },
];

/** Not a story written before the attacks of 11 September 2001 (to the end of that September); one of no known date may name them. */
function afterTheAttacks(c: RuleContext): boolean {
  return !c.reference || c.reference.year > 2001 || (c.reference.year === 2001 && c.reference.month >= 10);
}

/** Days within which "the September 11 attacks" is as likely that September's news as 2001's. */
const RECENT_DAYS = 60;

/**
 * Whether the story dates from less than RECENT_DAYS after the 11 September of its own year: "the
 * September 11 attacks" on a checkpoint or a town, told in that September or October, are that year's.
 * chrono-node's reading (the publication's year) stands there.
 */
function justAfterSeptember11(c: RuleContext): boolean {
  const ref = c.reference;
  if (!ref) return false;
  const days = (Date.UTC(ref.year, ref.month - 1, ref.day) - Date.UTC(ref.year, 8, 11)) / 86_400_000;
  return days >= 0 && days < RECENT_DAYS;
}
