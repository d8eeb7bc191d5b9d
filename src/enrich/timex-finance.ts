/**
 * Periods as financial and market news names them, beside the quarters of timex-periods.ts: a quarter
 * by the month it ends in or the months it spans ("the December quarter" = 2006-Q4, "the July-September
 * quarter", "the April-June period"), "the prior year/quarter/month", "for the month" and
 * "the beginning of the month" (this month), and the first or last hours of a session ("in the last
 * hour of trading" = PT1H), which chrono read as a date.
 */
import { monthValue, quarterOf, quarterValue } from './timex-calendar.js';
import { quarterOfYear } from './timex-periods.js';
import type { Rule, RuleValue } from './timex-rules.js';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "to" and the day a month's span runs up to: a name, a figure or "date" ("the month to Friday", "to 31 March", "to date"). Case-sensitive. */
const MONTH_UP_TO = /^\s+to\s+(?:date\b|the\b|[A-Z0-9])/;

/** Capitalised only: "the march period" is no month. */
const MONTH = String.raw`((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)`;
const monthOf = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const UNIT_CODES: Record<string, string> = { hour: 'TH', minute: 'TM', day: 'D', week: 'W', month: 'M', year: 'Y' };

/** Quarters named by their months: run before the rules that compare with the quarter last named. */
export const MONTH_QUARTER_RULES: readonly Rule[] = [
  {
    // "the December quarter" is the calendar quarter ending in December, as companies whose fiscal
    // year is not the calendar's name it; "the July-September quarter", "the April-June period" the
    // quarter the months make. A month that ends no quarter, or a span of other than three months, names none.
    // (The tests that gate these rules are case-sensitive literals: a case-blind test with \b costs
    // several times as much, over every sentence.)
    when: / quarter| period/,
    pattern: new RegExp(String.raw`\b(?:the|its|their|that)\s+(?:(?:fiscal|financial)\s+)?(?:${MONTH}\s*[-–]\s*)?${MONTH}\s+(quarter|period)\b(?!s)`, 'g'),
    read: (m, c) => {
      const last = monthOf(m[2]!);
      const first = m[1] ? monthOf(m[1]) : last - 2;
      // "the December period" alone is a month's (the holiday season), not a quarter.
      if (last % 3 !== 0 || first !== last - 2 || (!m[1] && m[3] === 'period')) return null;
      return quarterOfYear(c, m, last / 3);
    },
  },
];

export const FINANCE_RULES: readonly Rule[] = [
  {
    // "the prior year", "the prior quarter", "the prior-year period": the one before, as "previous".
    when: /rior/,
    pattern: /\bthe\s+prior\s+(year|quarter|month)\b(?!-)|\b(?:the\s+)?prior[\s-]year\s+(?:quarter|period)\b/gi,
    read: (m, c) => {
      if (!c.reference) return null;
      const unit = m[1]?.toLowerCase();
      if (unit === 'year') return { value: String(c.reference.year - 1) };
      if (unit === 'month') return { value: monthValue(c.reference.year, c.reference.month - 1) };
      // A results story's prior-year quarter is the quarter it reports a year back, the prior quarter
      // the one before it; with none named, "the prior quarter" is the one before the current one (as
      // "the previous quarter") and the prior-year quarter the last one closed, a year back.
      const current = c.reference.year * 4 + quarterOf(c.reference) - 1;
      const reported = c.quarter ? c.quarter[0] * 4 + c.quarter[1] - 1 : unit === 'quarter' ? current : current - 1;
      return { value: quarterValue(0, reported - (unit === 'quarter' ? 1 : 4) + 1) };
    },
  },
  {
    // "down 22% for the month", "since the beginning of the month": this month, as "for the year" is this year.
    // Not the month up to a day ("the month to March 31", "for the month to date"); "to" before a verb
    // ("has until the end of the month to respond") is the clause's, and the month stands.
    when: /month/,
    pattern: /\b(?:(?:for|during|throughout) the month|the (?:beginning|start|end|middle) of the month)\b(?!\s+(?:of|before|after|earlier|later|ago|end(?:ed|ing)?)\b|['’]s\b)/gi,
    read: (m, c) => (c.reference && !MONTH_UP_TO.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24)) ? { value: monthValue(c.reference.year, c.reference.month) } : null),
  },
  {
    // "in the last hour of trading" (PT1H), "the first hours of the war" (PTXH), "the final days of the
    // campaign" (PXD): a length at one end of something, which chrono read as a date ("last hour").
    // Not "the early hours of Thursday", a time of that day.
    when: / of /,
    pattern: /\bthe\s+(?:first|last|final|opening|closing)\s+(?:(hour|minute)(s?)|(day|week|month|year)s)(?=\s+of\s)(?!\s+of\s+(?:\w+day|today|tonight|yesterday|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)\b)/gi,
    read: (m) => {
      const unit = (m[1] ?? m[3]!).toLowerCase();
      const count = m[1] && !m[2] ? '1' : 'X';
      const code = UNIT_CODES[unit]!;
      return duration(code.startsWith('T') ? `PT${count}${code.slice(1)}` : `P${count}${code}`);
    },
  },
];

const duration = (value: string): RuleValue => ({ value, type: 'DURATION', stated: true });
