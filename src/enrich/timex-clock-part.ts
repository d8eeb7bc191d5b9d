/**
 * A clock time whose half of the day is written out after it: "at 3 o'clock in the afternoon"
 * (T15:00), "at five in the evening", "about 10:30 in the morning", "at 11 at night". chrono-node read
 * "3 o'clock" alone as 03:00 and our rules "the afternoon" beside it, and it read no clock at all in
 * "at 8 in the evening" or "five in the afternoon": the time came out as the part of the day only, or
 * twelve hours off. The day is the one the story last named, else the publication day (the evening
 * before it for a time from 6 p.m., as a report is taken as written by then: timex-chrono.ts); a day
 * written after the clock moves it there (timex-clock-day.ts).
 */
import { addDays, dayValue } from './timex-calendar.js';
import { NUMBER_WORDS, type Rule } from './timex-rules.js';

/** The hours in words a clock is read in ("five in the afternoon"); not "a"/"an". */
const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** Words before a bare number that make it a clock ("at 8 in the evening"; not "won 3 in the morning session"). */
const CLOCK_BEFORE = /\b(?:at|about|around|approximately|roughly|near|after|before|until|till|by|from|since|to|between|and)\s+$/i;

/** A day named just before the clock: "Tuesday, at", "yesterday at about", "on Oct. 3 at". */
const DAY_BESIDE_BEFORE = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to|tomorrow)day|\b(?:tomorrow|tonight)|\d)\s*,?\s+(?:at\s+)?(?:(?:about|around|approximately|roughly)\s+)?$/i;
/** A day named just after it: "in the morning on Monday", "at night Friday". */
const DAY_BESIDE_AFTER = /^\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)\b/i;

/** The hour on a 24-hour clock, or null when the part of the day cannot hold it ("2 at night" is left to other readings). */
function hourOf(hour: number, part: string): number | null {
  if (hour < 1 || hour > 12) return null;
  if (part === 'morning') return hour === 12 ? 0 : hour;
  if (part === 'afternoon') return hour === 12 ? 12 : hour < 7 ? hour + 12 : null;
  // "at night" or "in the evening": from six to midnight.
  return hour >= 6 && hour < 12 ? hour + 12 : null;
}

export const CLOCK_PART_RULES: readonly Rule[] = [
  {
    when: /\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i,
    pattern: new RegExp(String.raw`\b(\d{1,2}|${HOUR_WORDS})(?::([0-5]\d))?(\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      const before = m.input.slice(Math.max(0, m.index - 32), m.index);
      if (!m[3] && !CLOCK_BEFORE.test(before)) return null;
      // "a quarter to 8 in the evening": the minutes are written before the hour; not read here.
      if (/\b(?:quarter|half|minutes?|\d+)\s+(?:to|past|after)\s+$/i.test(before)) return null;
      // A day written beside the clock ("on Tuesday at 3 o'clock in the afternoon", "at 10 in the morning
      // on Monday") is chrono-node's reading with that day; this rule would take the clock from it.
      if (DAY_BESIDE_BEFORE.test(before) || DAY_BESIDE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      const word = m[1]!.toLowerCase();
      const hour = hourOf(/^\d/.test(word) ? +word : NUMBER_WORDS[word]!, (m[4] ?? m[5]!).toLowerCase());
      if (hour === null) return null;
      const anchor = c.anchor(m.index);
      const day = anchor?.month && anchor.day ? { year: anchor.year, month: anchor.month, day: anchor.day } : hour >= 18 ? addDays(c.reference, -1) : c.reference;
      return { value: `${dayValue(day)}T${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`, type: 'TIME' };
    },
  },
];
