/**
 * Days, weekends, seasons and parts of the day that a narrative names with "that" or "before"/"after"
 * from the date it last gave: "The fire broke out on March 3. That Friday, the owner was charged" is 5
 * March, "that summer" after "in 2009" is 2009's, "The night before, a storm hit" is 2 March's night.
 * Read from the publication day they come out in the wrong week or year, and "that summer" not at all.
 * With no date named before them (or one too coarse: "that Friday" after "in 2009") they are let go,
 * and the publication day's reading, if any, stands. A day of the month by its ordinal alone ("talks
 * resumed on the 14th") is in the month last named, else the latest such day of the publication's.
 */
import { addDays, type Day, dayValue, isoWeekday, monthValue, resolveWeekday, weekValue } from './timex-calendar.js';
import type { Anchor } from './timex-anaphora.js';
import { WEEKDAYS } from './timex-relative.js';
import type { Rule } from './timex-rules.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * Where "that" is a determiner of time and not the conjunction of reported speech ("officials said that
 * Tuesday's vote ..." is this week's Tuesday) or a relative pronoun ("prices that fall"): at a clause's
 * start or after a preposition or a time adverb.
 */
const THAT_LEAD = /(?:^|[,;:(—–]|\b(?:on|by|until|till|since|before|after|from|during|over|through|throughout|in|later|earlier|and|but|then))\s*$/i;
/** ... or closing its clause ("was charged that Friday."). */
const CLAUSE_END = /^\s*(?:[,.;:!?)—–]|$)/;

/** The month each season opens in; a winter runs into the next year's January and February. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year of the first such season that opens after the anchor's month (after = true) or of the last
 * one that ends before it, counted in months from year 0. A year alone has no month: the next or last year.
 */
function seasonYear(anchor: Anchor, season: string, after: boolean): number {
  if (anchor.month === null) return anchor.year + (after ? 1 : -1);
  const at = anchor.year * 12 + anchor.month;
  const start = SEASON_START[season]!;
  let year = anchor.year;
  if (after) {
    while (year * 12 + start <= at) year++;
    while ((year - 1) * 12 + start > at) year--;
  } else {
    while (year * 12 + start + 2 >= at) year--;
    while ((year + 1) * 12 + start + 2 < at) year++;
  }
  return year;
}

function dayOf(anchor: Anchor | null): Day | null {
  return anchor?.month && anchor.day ? { year: anchor.year, month: anchor.month, day: anchor.day } : null;
}

function determinesTime(m: RegExpExecArray): boolean {
  return THAT_LEAD.test(m.input.slice(Math.max(0, m.index - 16), m.index)) || CLAUSE_END.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
}

export const NARRATIVE_RULES: readonly Rule[] = [
  {
    // "That Friday", "that weekend": the first such day on or after the day last named (a narrative moves
    // forward: "arrested on Wednesday, March 3 ... That Friday he appeared in court"), and that day's weekend.
    when: /\bthat\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b/i,
    pattern: /\b(?:(?:later|earlier)\s+)?that\s+(?:((?:mon|tues|wednes|thurs|fri|satur|sun)day)|weekend)\b(?!['’]?s\b)/gi,
    read: (m, c) => {
      const day = dayOf(c.anchor(m.index));
      if (!day || !determinesTime(m)) return null;
      if (!m[1]) return { value: `${weekValue(day)}-WE` };
      return { value: dayValue(resolveWeekday(day, WEEKDAYS.indexOf(m[1].toLowerCase()) + 1, true)) };
    },
  },
  {
    // "The following weekend, volunteers came": the first weekend after the day last named (that
    // week's, unless the day is itself in a weekend); "the previous weekend" the last one before it.
    when: /\b(?:following|next|previous|preceding)\s+weekend\b/i,
    pattern: /\bthe\s+(?:very\s+)?(following|next|previous|preceding)\s+weekend\b/gi,
    read: (m, c) => {
      const day = dayOf(c.anchor(m.index));
      if (!day) return null;
      const weekend = isoWeekday(day) >= 6;
      const shift = /^(?:previous|preceding)$/i.test(m[1]!) ? -7 : weekend ? 7 : 0;
      return { value: `${weekValue(addDays(day, shift))}-WE` };
    },
  },
  {
    // "by the end of the week", "at midweek": the week of the day the story last named, else the
    // publication week, as "the end of the month" is that month. Not a bare "the week" ("For the week,
    // the index fell", which the sets leave open), and "end" only after a preposition of time.
    when: /\bend\s+of\s+(?:the|this)\s+week\b|\bmid-?week\b/i,
    pattern: /\b(?<=\b(?:by|at|before|until|till|toward|towards|near)\s)the\s+end\s+of\s+(?:the|this)\s+week\b(?!['’]s)|\bmid-?week\b(?![\s-]+[a-z])/gi,
    read: (m, c) => {
      const day = dayOf(c.anchor(m.index)) ?? c.reference;
      return day ? { value: weekValue(day) } : null;
    },
  },
  {
    // "that summer", "later that spring": the season of the year last named.
    when: /\bthat\s+(?:spring|summer|fall|autumn|winter)\b/i,
    pattern: /\b(?:(?:later|earlier)\s+)?that\s+(spring|summer|fall|autumn|winter)\b/gi,
    read: (m, c) => {
      const anchor = c.anchor(m.index);
      if (!anchor || !determinesTime(m)) return null;
      return { value: `${anchor.year}-${SEASONS[m[1]!.toLowerCase()]}` };
    },
  },
  {
    // "deepened the following spring", "the previous winter": the first such season after (or the last
    // before) the date last named; after a year alone, that season of the next (or the last) year.
    when: /\b(?:following|next|previous|preceding)\s+(?:spring|summer|fall|autumn|winter)\b/i,
    pattern: /\bthe\s+(following|next|previous|preceding)\s+(spring|summer|fall|autumn|winter)\b/gi,
    read: (m, c) => {
      const anchor = c.anchor(m.index);
      if (!anchor) return null;
      const season = SEASONS[m[2]!.toLowerCase()]!;
      const after = /^(?:following|next)$/i.test(m[1]!);
      return { value: `${seasonYear(anchor, season, after)}-${season}` };
    },
  },
  {
    // "The night before, a storm had hit", "the morning after": the part of the day before or after the
    // day last named. Only closing a clause: "the night before the vote" is before a day not yet named.
    when: /\bthe\s+(?:morning|afternoon|evening|night)\s+(?:before|after)\b/i,
    pattern: /\bthe\s+(morning|afternoon|evening|night)\s+(before|after)\b/gi,
    read: (m, c) => {
      const day = dayOf(c.anchor(m.index));
      if (!day || !CLAUSE_END.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const shifted = addDays(day, m[2]!.toLowerCase() === 'before' ? -1 : 1);
      return { value: `${dayValue(shifted)}T${PARTS[m[1]!.toLowerCase()]}`, type: 'TIME' };
    },
  },
  {
    // "on the 14th", "until the 21st": a day of the month the story last named. Not an ordinal before
    // what it counts ("the 14th floor", "the 5th century", "the 2nd round"): only closing a clause or
    // before a conjunction or a clock time.
    when: /\bthe\s+[123]?\d(?:st|nd|rd|th)\b/,
    pattern: /(?<=\b(?:on|by|until|till|since|from|before|after|to|and)\s)the\s+([123]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|or|to|at|when|after|before)\b)/g,
    read: (m, c) => {
      const day = +m[1]!;
      // "from the 2nd and 3rd quarters", "on the 3rd and 4th floors": the pair counts what follows it.
      if (day < 1 || day > 31 || /^\s+(?:and|or|to)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+[a-z]/i.test(m.input.slice(m.index + m[0].length))) return null;
      const anchor = c.anchor(m.index);
      let month: [number, number] | null = anchor?.month ? [anchor.year, anchor.month] : null;
      if (!month && c.reference) {
        const ahead = c.future(m.index, m.index + m[0].length);
        const shift = ahead ? (day < c.reference.day ? 1 : 0) : day > c.reference.day ? -1 : 0;
        month = [c.reference.year, c.reference.month + shift];
      }
      if (!month) return null;
      const value = monthValue(month[0], month[1]);
      const [year, number] = value.split('-').map(Number) as [number, number];
      return day > new Date(Date.UTC(year, number, 0)).getUTCDate() ? null : { value: `${value}-${String(day).padStart(2, '0')}` };
    },
  },
];
