/**
 * Holidays named instead of dated ("Elian was found Thanksgiving Day", "from now to Election Day"):
 * the day each falls on in a year, and which year the story means. chrono-node reads none of them.
 * The year follows the rule for a month and day without one (timex-chrono.ts): one written after the
 * name ("Christmas 1998"), "last" or "next", else the latest one up to a few weeks ahead of the
 * publication day, or with a verb that looks ahead the next one (a few weeks back still counts as
 * this year's). Only names that are always capitalised are read, and not where they name something
 * else ("Easter Island", "a Christmas tree", "Chinese New Year", "Independence Day star Will Smith", "A
 * Christmas Carol") or a season round them ("the Christmas sales period", which TimeML reads as a
 * length of days). "Easter week", "Christmas week" and "Holy Week" are the week the day falls in. A year after the name is one from 1800 to 2099 that no plural noun follows ("On
 * Election Day, 2000 volunteers" is a count).
 */
import { addDays, type Day, dayValue, isoWeekday, weekValue } from './timex-calendar.js';
import type { Rule, RuleContext } from './timex-rules.js';
import { utc } from '../util/dates.js';

/** The n-th given weekday (1 Monday ... 7 Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = addDays({ year, month: month + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

interface Holiday {
  /** The name as written, a regular-expression source (case matters). */
  name: string;
  on: (year: number) => Day;
}

const fixed = (month: number, day: number) => (year: number): Day => ({ year, month, day });

const HOLIDAYS: readonly Holiday[] = [
  // "New Years Eve", "New Years' Day": the apostrophe is often left out or misplaced.
  { name: String.raw`New Year(?:['’]s|s['’]?) Day`, on: fixed(1, 1) },
  { name: String.raw`New Year(?:['’]s|s['’]?) Eve`, on: fixed(12, 31) },
  { name: String.raw`(?:Martin Luther King(?:,? Jr\.?)?|MLK) Day`, on: (y) => nthWeekday(y, 1, 1, 3) },
  { name: String.raw`(?:St\.?|Saint) Valentine['’]s Day|Valentine['’]s Day`, on: fixed(2, 14) },
  { name: String.raw`Presidents['’]? Day`, on: (y) => nthWeekday(y, 2, 1, 3) },
  { name: String.raw`(?:St\.?|Saint) Patrick['’]s Day`, on: fixed(3, 17) },
  { name: String.raw`Good Friday`, on: (y) => addDays(easterSunday(y), -2) },
  // The week up to Easter Sunday: its value is the week's (below).
  { name: String.raw`Holy Week`, on: (y) => addDays(easterSunday(y), -2) },
  { name: String.raw`Easter Monday`, on: (y) => addDays(easterSunday(y), 1) },
  { name: String.raw`Easter(?: Sunday| Day)?(?! (?:Island|Rising|egg|bunny|Parade|Seals|Offensive))`, on: easterSunday },
  { name: String.raw`Memorial Day`, on: (y) => nthWeekday(y, 5, 1, -1) },
  { name: String.raw`Independence Day|(?:the )?Fourth of July|July Fourth`, on: fixed(7, 4) },
  { name: String.raw`Labou?r Day`, on: (y) => nthWeekday(y, 9, 1, 1) },
  { name: String.raw`Columbus Day`, on: (y) => nthWeekday(y, 10, 1, 2) },
  { name: String.raw`Halloween`, on: fixed(10, 31) },
  { name: String.raw`Veterans['’]? Day|Armistice Day`, on: fixed(11, 11) },
  // The Tuesday after the first Monday of November.
  { name: String.raw`Election Day`, on: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  { name: String.raw`Thanksgiving(?: Day)?`, on: (y) => nthWeekday(y, 11, 4, 4) },
  { name: String.raw`Christmas Eve`, on: fixed(12, 24) },
  { name: String.raw`Christmas(?: Day)?(?! (?:Eve|tree|trees|card|cards|carol|carols|gift|gifts|present|presents|lights|decorations|market|markets|party|parties|song|songs|music|movie|film|shopping|sales|[Cc]arols?|period|quarter|rush|weekend|break|season|holidays?|Island|and New Year))`, on: fixed(12, 25) },
  { name: String.raw`Boxing Day`, on: fixed(12, 26) },
  // Days named in news outside the US, and US days named beside the federal ones: fixed days, and
  // Remembrance Sunday (the second Sunday of November).
  { name: String.raw`Remembrance Day`, on: fixed(11, 11) },
  { name: String.raw`Remembrance Sunday`, on: (y) => nthWeekday(y, 11, 7, 2) },
  { name: String.raw`Canada Day`, on: fixed(7, 1) },
  { name: String.raw`Bastille Day`, on: fixed(7, 14) },
  { name: String.raw`Australia Day`, on: fixed(1, 26) },
  { name: String.raw`Anzac Day`, on: fixed(4, 25) },
  { name: String.raw`May Day`, on: fixed(5, 1) },
  { name: String.raw`(?:Guy Fawkes|Bonfire) Night`, on: fixed(11, 5) },
  { name: String.raw`Juneteenth`, on: fixed(6, 19) },
  { name: String.raw`Cinco de Mayo`, on: fixed(5, 5) },
];

/** How far ahead of the publication day a holiday is still this year's in a story of the past (half of timex-chrono's NEAR_DAYS: a holiday is a date people plan for). */
const NEAR_DAYS = 30;
/** How far back of it a holiday is still this year's in a story of the future (as RECENT_DAYS). */
const RECENT_DAYS = 30;

const dayMs = (d: Day): number => utc(d.year, d.month - 1, d.day);

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
/**
 * A past verb of happening just before the holiday ("The shooting happened Thanksgiving night", "was
 * killed on Christmas Eve"), as timex-chrono.ts reads one before a date: what took place cannot lie ahead.
 */
const HAPPENED_BEFORE = /\b(?:took\s+place|happened|occurred|broke\s+out|erupted|struck|(?:was|were)\s+(?:born|founded|killed|shot|murdered|stabbed|wounded|injured)|died)(?:\s+[a-z]+ly)?(?:\s+(?:on|around|during))?\s+$/i;
/** A day or two ahead may be the zone of the place reported from running ahead of the publication's. */
const LAGGING_DAYS = 2;

function resolve(holiday: Holiday, which: string | undefined, written: string | undefined, m: RegExpExecArray, context: RuleContext): Day | null {
  if (written) return holiday.on(+written);
  const ref = context.reference;
  if (!ref) return null;
  const now = dayMs(ref);
  const thisYear = holiday.on(ref.year);
  const when = dayMs(thisYear);
  if (which === 'last') return when < now ? thisYear : holiday.on(ref.year - 1);
  if (which === 'next') return when > now ? thisYear : holiday.on(ref.year + 1);
  if (which === 'this') return thisYear;
  if (context.future(m.index, m.index + m[0].length)) return when >= now - RECENT_DAYS * 86400000 ? thisYear : holiday.on(ref.year + 1);
  if (when > now + LAGGING_DAYS * 86400000 && HAPPENED_BEFORE.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return holiday.on(ref.year - 1);
  return when <= now + NEAR_DAYS * 86400000 ? thisYear : holiday.on(ref.year - 1);
}

/**
 * "the Memorial Day weekend", "over the Thanksgiving weekend": the weekend a Monday holiday ends (the
 * one before it) or a Thursday or Friday holiday begins (its own week's); a holiday in midweek has no
 * weekend of its own, and the day itself is given.
 */
function holidayWeekend(day: Day): string {
  const weekday = isoWeekday(day);
  if (weekday === 1) return `${weekValue(addDays(day, -2))}-WE`;
  if (weekday >= 4) return `${weekValue(day)}-WE`;
  return dayValue(day);
}

/** Each holiday's name before "weekend", as the rule below reads it. */
const WEEKEND_NAMES = HOLIDAYS.map((h) => new RegExp(String.raw`\b(?:${h.name}) [Ww]eekend\b`, 'u'));

/**
 * The holiday's own day behind a holiday weekend's value ("the Memorial Day weekend", 2014-W21-WE ->
 * 2014-05-26): the weekend is the right reading of the words, but a record of one event needs a day,
 * and the holiday's is the one the story points at. Null for any other timex ("over the weekend").
 */
export function holidayOfWeekend(text: string, value: string): string | null {
  const week = /^(\d{4})-W\d\d-WE$/.exec(value);
  if (!week) return null;
  const index = WEEKEND_NAMES.findIndex((pattern) => pattern.test(text));
  if (index < 0) return null;
  // The ISO year of the week may differ from the holiday's at New Year ("New Year's Day weekend", 2020-W53-WE).
  for (const year of [+week[1]!, +week[1]! + 1, +week[1]! - 1]) {
    const day = HOLIDAYS[index]!.on(year);
    if (holidayWeekend(day) === value) return dayValue(day);
  }
  return null;
}

/** All the names in one pattern, one group each: a sentence is scanned once, not once per holiday. */
const NAMES = HOLIDAYS.map((h) => `(${h.name})`).join('|');

export const HOLIDAY_RULES: readonly Rule[] = [
  {
    when: new RegExp(`\\b(?:${HOLIDAYS.map((h) => h.name).join('|')})`),
    // Not another calendar's new year or a holiday of a place ("Chinese New Year", "Kenya's Independence Day").
    pattern: new RegExp(String.raw`(?<!\b(?:Chinese|Lunar|Jewish|Persian|Iranian|Islamic|Orthodox|[A-Z][a-z]+['’]s) )\b(?:([Ll]ast|[Nn]ext|[Tt]his) )?(?:${NAMES})\b( [Ww]eek\b| [Ww]eekend\b| (?:morning|afternoon|evening|night)\b)?(?:,? (?:of )?((?:1[89]|20)\d\d)\b(?!\s+(?!(?:was|is|has)\b)[a-z]+s\b))?(?!\s+(?:(?!(?:Eve|Day|Sunday|Monday)\b)\p{Lu}\p{Ll}+|(?:star|stars|franchise|film|movie|sequel|series|carol|carols|special)\b))`, 'gu'),
    read: (m, context) => {
      const index = m.slice(2, 2 + HOLIDAYS.length).findIndex((g) => g !== undefined);
      if (index < 0) return null;
      const written = m[3 + HOLIDAYS.length];
      const day = resolve(HOLIDAYS[index]!, m[1]?.toLowerCase(), written, m, context);
      if (!day) return null;
      // "Easter week", "Christmas week", "Holy Week": the ISO week the holiday falls in; "Christmas
      // morning", "Thanksgiving night": that part of the day, as "Friday night" is read.
      const after = m[2 + HOLIDAYS.length]?.trim().toLowerCase();
      if (after === 'weekend') return { value: holidayWeekend(day), stated: written !== undefined };
      if (after && after !== 'week') return { value: `${dayValue(day)}T${PARTS[after]}`, type: 'TIME', stated: written !== undefined };
      const week = after === 'week' || /Week$/.test(m[2 + index]!);
      return { value: week ? weekValue(day) : dayValue(day), stated: written !== undefined };
    },
  },
];
