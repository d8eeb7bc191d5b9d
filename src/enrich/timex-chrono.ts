/**
 * chrono-node's readings turned into TimeML values with a past bias: news reports the past, so a date
 * without a stated year, or a bare weekday, is the latest one on or before the publication day unless
 * the sentence speaks of the future. Ranges ("Sept. 14 to Thursday") give two expressions, as TimeML
 * marks them, and leading prepositions are left out of the span.
 */
import type * as chrono from 'chrono-node';
import { addDays, type Day, dayValue, isoWeekday, pad, resolveWeekday, yearText } from './timex-calendar.js';
import { type Candidate, UNKNOWN_PUBLICATION_MINUTES } from './timex-rules.js';
import { announcedAhead } from './timex-scheduled-day.js';
import { monthsInOrder } from './timex-month-range.js';
import { figureMonthRecent, monthIsMeasured } from './timex-measured-month.js';
import { PART_OF } from './timex-relative.js';
import { INCIDENT_NOUNS } from './timex-tense.js';
import type { ReferenceTime } from './timex.js';
import { utc } from '../util/dates.js';

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
/** Month names of four letters or fewer written out, or cut short with a full stop ("Jan.", a name is not). */
const FULL_SHORT_MONTH = /^(?:May|June|July|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)$/;
const MONTH_CONTEXT = /\b(in|since|until|till|by|last|next|this|early|late|mid|during|from|of|through|before|after|between|and|to|for)[\s-]*$/i;
/** A preposition before the date, and the comma chrono takes in after a figure ("rose 1.06%, on Friday"). */
const LEADING = /^(?:[,;:]\s*)?(?:(?:on|in|at|by|since|until|till|from|during|for|of|to|before|after)\s+)?/i;
/** Words that name a day, month or time ("the week" alone does not). */
const DATE_IN_WORDS = /\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|today|tomorrow|yesterday|tonight|noon|midnight/i;
/** A month by name, or a date in figures ("9/29", "2015-09-29", "29.09."). */
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}/i;
/** How far ahead of the publication day a date without a year is still read as this year's. */
const NEAR_DAYS = 60;
const NEAR_MONTHS = 1;
/** How far back of the publication day a day without a year is still read as this year's, even in the future tense. */
const RECENT_DAYS = 30;
/** "Monday local time", "Monday (local time)": a day in the zone of the place reported from. */
const LOCAL_TIME_AFTER = /^[\s,]*(?:\(\s*)?(?:in\s+the\s+(?:morning|afternoon|evening)\s+)?local\s+time\b/i;
/** A noun after "today's" that makes it the present in general ("today's youth", "today's personal computers"). */
const GENERIC_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|young|children|kids|teenagers|families|parents|consumers|computers|cars|technology|economy|culture|standards|dollars|terms|politics|marketplace)\b/;
/** "the people of tomorrow", "many of today's": the day stands for the times, after a noun and "of". */
const GENERIC_OF = /\b(?:the\s+[a-z]+|many|most|some|all|much)\s+of\s+$/i;
/** What names a paper or a show after its day ("Sunday Times", "Saturday Night Live") or before it ("Mail on Sunday"). */
const DAY_TITLE_AFTER = /^\s+(?:Times(?!\s+Square)|Telegraph|Mirror|Express|Herald|Tribune|Independent|Observer|Post|Sport|People|Star|Night\s+(?:Live|Football|Raw)|Live|Football|Morning\s+Herald)\b/;
const DAY_TITLE_BEFORE = /\bMail\s+on\s+$/;
const RANGE = /(?:\s*,)?\s+(?:-|–|to|through|until|till|and)\s+|\s*[-–]\s*/i;

/** Candidates for one chrono result: one, two for a range, none for a reading we reject. */
/**
 * "at 3 a.m. the day after", "at noon the day before": chrono reads the day as the publication's next or
 * last, but it is the story's (timex-anaphora.ts), so the clock alone is kept and takes that day after
 * (timex-clock-day.ts).
 */
const CLOCK_BEFORE_STORY_DAY = /^(.*?\b(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight))(?:\s+on)?\s+the\s+day\s+(?:after|before)$/i;

export function chronoCandidates(result: chrono.ParsedResult, start: number, body: string, reference: ReferenceTime | null, tense: boolean | null): Candidate[] {
  const clock = CLOCK_BEFORE_STORY_DAY.exec(result.text);
  if (clock) {
    const one = toCandidate(result.start, clock[1]!, start, body, reference, tense);
    return one ? [one] : [];
  }
  const text = result.text;
  const range = result.end ? RANGE.exec(text) : null;
  if (!range || !result.end) {
    const one = toCandidate(result.start, text, start, body, reference, tense);
    return one ? [one] : [];
  }
  const rightStart = range.index + range[0].length;
  // A left side with no date in its words ("this year through August") leaves the right side alone.
  // chrono puts the weekday of "the week to Friday" in its start or its end depending on the reference
  // day (and calls the other side's month certain), so the side that holds the weekday is the one read.
  if (!DATE_IN_WORDS.test(text.slice(0, range.index))) {
    const sides = [result.start, result.end];
    const own = sides.find((s) => s.isCertain('weekday')) ?? sides.find((s) => s.isCertain('month')) ?? result.end;
    const one = toCandidate(own, text.slice(rightStart), start + rightStart, body, reference, tense);
    return one ? [one] : [];
  }
  const left = toCandidate(result.start, text.slice(0, range.index), start, body, reference, tense);
  // "Dec. 3-4": the end's bare day number is a day of the range, not an hour or a price.
  const right = toCandidate(result.end, text.slice(rightStart), start + rightStart, body, reference, tense, result.end.isCertain('day'));
  if (left && right && weekdayOnly(result.start) && weekdayOnly(result.end)) inOrder(left, right, tense === true);
  else if (left && right && monthNoYear(result.start) && monthNoYear(result.end)) monthsInOrder(left, right, tense === true);
  return [left, right].filter((c): c is Candidate => c !== null);
}

/** A side of a range that names its month and not its year ("January", "Dec. 28"). */
function monthNoYear(c: chrono.ParsedComponents): boolean {
  return c.isCertain('month') && !c.isCertain('year');
}

function weekdayOnly(c: chrono.ParsedComponents): boolean {
  return c.isCertain('weekday') && !c.isCertain('day');
}

/**
 * "ran from Tuesday to Thursday", said on a Wednesday: each weekday read alone is the latest on or
 * before the publication day, which puts Tuesday after Thursday. A range runs forward: in the past the
 * end stands and the start is the week before; ahead, the start stands and the end is the week after.
 */
function inOrder(left: Candidate, right: Candidate, ahead: boolean): void {
  const [from, to] = [left.value.slice(0, 10), right.value.slice(0, 10)];
  if (!/^\d{4}-\d\d-\d\d$/.test(from) || !/^\d{4}-\d\d-\d\d$/.test(to) || from <= to) return;
  const moved = ahead ? right : left;
  const [y, m, d] = moved.value.slice(0, 10).split('-').map(Number) as [number, number, number];
  moved.value = dayValue(addDays({ year: y, month: m, day: d }, ahead ? 7 : -7)) + moved.value.slice(10);
}

/** The fields of a chrono-node reading one of which must be known for it to name a time. */
const KNOWN_FIELDS: readonly chrono.Component[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute'];

function toCandidate(c: chrono.ParsedComponents, raw: string, rawStart: number, body: string, reference: ReferenceTime | null, tense: boolean | null, dayOfRange = false): Candidate | null {
  // "jailed since May 3": what something has lasted since is past, however near ahead the date would be.
  const since = /^since\s/i.test(raw) || /\bsince\s+$/i.test(body.slice(Math.max(0, rawStart - 7), rawStart));
  const future = tense === true && !since;
  // "closed at $3.50 on Friday": chrono takes the price into the date (a clock time would have a colon or
  // "p.m."); the date starts at the preposition after it.
  const price = /^\d[\d.,]*\s+(?=(?:on|at|in|by)\s)(?!in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)/.exec(raw);
  if (price) return toCandidate(c, raw.slice(price[0].length), rawStart + price[0].length, body, reference, tense);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  // A bracket chrono takes in at the end ("(2114 GMT Tuesday)") closes the text around the date, not the date.
  const trimmed = raw.slice(lead).replace(/[\s,;:]+$/, '').replace(/(?<!\b[ap]\.m|\b[A-Z][a-z]{2,3})\.$/, '').replace(/^([^(]*)\)$/, '$1');
  const start = rawStart + lead;
  // "The Dow closed Monday at 9,387.61": chrono takes the level's first figures in as an hour (no time
  // is read from them: `timed` below); the date ends before "at".
  const level = /\s+at\s+\d{1,3}$/.exec(trimmed);
  const text = level && /^[.,]\d/.test(body.slice(start + trimmed.length, start + trimmed.length + 2)) ? trimmed.slice(0, level.index) : trimmed;
  if (!text || !accept(text, start, body, dayOfRange)) return null;
  // A reading with no field known names no time: chrono-node gives "morning Tuesday" or "this day" so, and
  // the publication's year alone had come out.
  if (!KNOWN_FIELDS.some((field) => c.isCertain(field))) return null;
  // An hour is a time only when written as one ("7:15 p.m.", "noon"), not "$1.35 a share".
  const timed = c.isCertain('hour') && /\d:\d\d|\d\s*[ap]\.?m\b|\b(?:noon|midday|midnight)\b|o'clock|\b\d{1,2}\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i.test(text);
  // Without a reference time a bare clock ("Last updated at 09:15 GMT" under "3 May 2012") is on the
  // day the story last named, as it is on a dated page: it goes on a stand-in day that the day named
  // replaces (timex.ts), and is dropped where no day was named (nineteenth round's leftover).
  const bareClock = !reference && timed && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !NAMED_DAY.test(text);
  // Without a reference time only a date that writes its year is known: chrono reads "today" or "next
  // week" against a stand-in instant and calls that year certain.
  if (!reference && !bareClock && !(c.isCertain('year') && /\d{4}|['’]\d\d\b/.test(text))) return null;
  let month = bareClock ? 1 : c.get('month')!;
  let day = bareClock ? 1 : c.get('day')!;
  // chrono's implied year can drift in a range it misread ("11 December -- four years"); without a
  // stated year the date starts from the one nearest the reference, and the past bias moves it.
  let year = bareClock ? UNDATED_YEAR : c.isCertain('year') || !reference ? c.get('year')! : nearestYear(reference, month, day);
  // A time of day with no date is on the reference day, as chrono implies.
  const dayKnown = timed || c.isCertain('day') || c.isCertain('weekday') || /\b(today|yesterday|tomorrow|tonight|ago|later|earlier)\b/i.test(text);
  const monthKnown = c.isCertain('month') || dayKnown;
  if (reference && !c.isCertain('year')) {
    const ref: Day = { year: reference.year, month: reference.month, day: reference.day };
    let d: Day = { year, month, day: dayKnown ? day : 1 };
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      // "last Monday" said on a Monday is a week back, "next Monday" a week ahead; "last Friday" said on
      // a Saturday is the Friday of the week before, not yesterday, which a report calls "Friday" (three
      // GVA pages that say so and whose incident can be dated were all a week and a day back).
      const weekday = c.get('weekday')! || 7;
      const from = /^last\b/i.test(text) ? { ...ref, day: ref.day - 2 } : /^next\b/i.test(text) ? { ...ref, day: ref.day + 1 } : ref;
      // With no tense either way, tomorrow's weekday is tomorrow, not six days back.
      // Not the end of a reported week ("fell 3% in the week to Friday"): that week is over, or ends today.
      const isTomorrow = weekday === isoWeekday(addDays(ref, 1)) && !/^(last|this)\b/i.test(text) && !WEEK_ENDING.test(body.slice(Math.max(0, start - 24), start));
      // "the commission said early Monday local time", published late on Sunday in New York: the
      // place's Monday, already begun there, not six days back.
      const localTomorrow = isTomorrow && (!reference.timeKnown || reference.hour >= 12) && LOCAL_TIME_AFTER.test(body.slice(start + text.length, start + text.length + 24));
      const tomorrow = (tense === null && isTomorrow) || localTomorrow;
      d = resolveWeekday(normalise(from), weekday, /^next\b/i.test(text) || tomorrow || (future && !/^last\b/i.test(text)));
      // "The vote is this Friday", said on a Wednesday: the Friday of the publication's week, whatever
      // the tense (the past bias had put it two days back); "this Monday" said then is two days back.
      if (/^this\s/i.test(text)) d = addDays(ref, weekday - isoWeekday(ref));
    } else if (monthKnown && !future) {
      const refMonthStart = utc(ref.year, ref.month - 1, dayKnown ? ref.day + 1 : 1);
      const date = utc(d.year, d.month - 1, d.day);
      // A date a few weeks ahead is this year's whatever the tense ("extended the offer to Nov. 20"):
      // a story would give the year of a date eleven months back.
      const soon = dayKnown ? utc(ref.year, ref.month - 1, ref.day + NEAR_DAYS) : utc(ref.year, ref.month - 1 + NEAR_MONTHS, 1);
      if (date > refMonthStart && (since || date > soon || doneAhead(tense, date, ref, dayKnown, body.slice(Math.max(0, start - PLAN_REACH), start), body.slice(Math.max(0, start - PLAN_REACH), start + text.length + PLAN_REACH), body.slice(start + text.length, start + text.length + PLAN_REACH), d))) d = { ...d, year: d.year - 1 };
    } else if (monthKnown && future) {
      const refMonthStart = utc(ref.year, ref.month - 1, dayKnown ? ref.day : 1);
      // A day a few weeks back is this year's whatever the tense ("where the Aug. 7 blasts killed 257",
      // read under an earlier "would"): a story would give the year of a day eleven months ahead.
      const recent = utc(ref.year, ref.month - 1, ref.day - RECENT_DAYS);
      const date = utc(d.year, d.month - 1, d.day);
      // "will publish the figures for September next Tuesday", said in October: a figure's month is over.
      const measured = !dayKnown && figureMonthRecent(d.month, ref.month) && monthIsMeasured(body, start, start + text.length);
      if (date < refMonthStart && !(dayKnown && date >= recent) && !measured) d = { ...d, year: d.year + 1 };
    }
    if (timed && !future && !c.isCertain('day') && !c.isCertain('weekday') && !NAMED_DAY.test(text) && laterThanPublication(c, reference) && !PAGE_STAMP_BEFORE.test(body.slice(Math.max(0, start - 24), start))) d = addDays(d, -1);
    [year, month, day] = [d.year, d.month, d.day];
  }
  // Midnight ends a day, as TimeML writes it (T24:00): "shortly before midnight Saturday" is Saturday's.
  // chrono puts a bare "midnight" on the day after the reference: "around midnight" in a report is the
  // night before it, "just after midnight" the first minutes of its own day.
  let endOfDay = timed && /\bmidnight\b/i.test(text) && c.get('hour') === 0 && (c.get('minute') ?? 0) === 0;
  if (endOfDay && reference && !c.isCertain('day') && !c.isCertain('weekday') && !NAMED_DAY.test(text)) {
    const after = /\bafter\s+$/i.test(body.slice(Math.max(0, start - 12), start));
    const d = addDays({ year: reference.year, month: reference.month, day: reference.day }, after ? 0 : -1);
    [year, month, day] = [d.year, d.month, d.day];
    endOfDay = !after;
  } else if (endOfDay && /\bafter\s+$/i.test(body.slice(Math.max(0, start - 12), start))) {
    // "shortly after midnight on Saturday" is the first minutes of Saturday, not its end (T24:00, the
    // next day's start): the day named is the one the small hours belong to (nineteenth round).
    endOfDay = false;
  }
  let value: string;
  // "the end of November" is the month's end, not its last day: TimeML writes the month (1989-11) and
  // leaves "end" to a modifier; chrono names the last day.
  if (!timed && END_OF_MONTH.test(text)) value = `${yearText(year)}-${pad(month)}`;
  else if (dayKnown || timed) value = dayValue({ year, month, day });
  else if (monthKnown) value = `${yearText(year)}-${pad(month)}`;
  else value = yearText(year);
  // A time said in UTC or GMT (with no offset) carries ISO's Z.
  if (timed) value += `T${endOfDay ? '24' : pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}${/\b(?:UTC|GMT)\b(?!\s*[+-])/.test(text) ? 'Z' : ''}`;
  // Stated only when the text writes the calendar date: chrono calls the month of "today", "yesterday"
  // or "an hour ago" certain, but those are worked out from the publication time.
  const stated = c.isCertain('month') && (c.isCertain('day') || !dayKnown) && WRITTEN_DATE.test(text);
  return { text, value, type: timed ? 'TIME' : 'DATE', start, end: start + text.length, anchoring: stated ? 'stated' : 'inferred', priority: 1 };
}

/**
 * A date a few days or a month ahead after a past verb of happening ("The fire broke out on Nov. 11",
 * "the company was founded in December", "The strike began on the fifth of November", said in October)
 * is last year's: what took place cannot lie ahead. Only verbs whose subject is the event itself: after "called", "announced" or "agreed on" the
 * date is of a thing planned ("called elections on Nov. 20"), and a day or two ahead may be the zone of
 * the place reported from running ahead of the publication's.
 */
function doneAhead(tense: boolean | null, date: number, ref: Day, dayKnown: boolean, before: string, around: string, after: string, day: Day): boolean {
  if (tense !== false || !HAPPENED_ON.test(before) || FUTURE_IN_CLAUSE.test(before)) return false;
  // "The hearing was continued on Dec. 9", "City offices closed on Dec. 24" for the holiday: a day announced ahead.
  if (dayKnown && announcedAhead(before, around, after, day.month, day.day)) return false;
  return !dayKnown || date > utc(ref.year, ref.month - 1, ref.day + LAGGING_DAYS);
}
const PLAN_REACH = 60;
/**
 * "will meet ... on Dec. 5", "is due to travel ... to see X on Dec. 5": a future said in the date's own
 * clause governs it, whatever a word in "-ed" before the date looks like (a name, an adjective); the
 * story's tense cue alone can be misled by such a word later in the sentence.
 */
const FUTURE_IN_CLAUSE = /\b(?:will|shall|(?:is|are)\s+due\s+to|to\s+see)\s[^.;!?]*$/i;
/**
 * "Updated: 9:30 p.m.", "Posted at 10:15 PM": the page's own stamp, on the day the page is dated, not
 * a report's past clock time that a day-only date puts on the day before (nineteenth round).
 */
const PAGE_STAMP_BEFORE = /\b(?:updated|posted|published|last\s+modified)(?:\s+(?:at|on))?\s*:?\s*$/i;
const LAGGING_DAYS = 2;
/**
 * Words in "-ed" or "-en" that speak of a plan or of what is said about one, not of a thing done on the
 * day: "was scheduled for", "called elections on", "agreed on", "voted on a plan".
 */
const PLAN_PARTICIPLE = String.raw`(?:schedul|reschedul|plann|expect|slat|postpon|delay|mov|push|defer|adjourn|call|suppos|ask|order|invit|summon|requir|need|extend|propos|announc|agre|decid|vot|set|focus|comment|report|insist|rel|depend|bas|center|centr|count|plac|wager|bett|bank|target|aim|fix|pegg|book|confirm|reserv|ticket|pencil)(?:ed|en)`;
const HAPPENED_ON = new RegExp(String.raw`\b(?:[Tt]ook\s+place|[Hh]appened|[Oo]ccurred|[Bb]roke\s+out|[Ee]rupted|[Ss]truck|[Bb]egan|[Ss]tarted|[Ee]nded|(?:[Ww]as|[Ww]ere)\s+(?:born|founded|killed|shot|murdered|established|opened|destroyed|held|sold|(?!${PLAN_PARTICIPLE}\b)[a-z]{3,}ed)|(?<!\b(?:will|would|to|be|being|been|not)\s)(?!${PLAN_PARTICIPLE}\b)(?!(?:expected|scheduled|planned|proposed|extended|need|feed|speed|seed|deed|indeed|succeed|exceed|proceed|hundred)\b)(?<![\p{Lu}\p{Ll}])[a-z]{3,}ed|[Dd]ied)(?:\s+[a-z]+ly)?(?:\s+(?:at|in|near|outside)\s+(?:the\s+)?[\p{Lu}\p{Ll}\s'.-]{1,30}?)?\s+(?:on|in|around)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$`, 'u');

const END_OF_MONTH = /^(?:the\s+)?end\s+of\s+(?:the\s+month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)$/i;

/** "the week to", "the week through", "the week ended": the weekday after them ends a week reported on. */
const WEEK_ENDING = /\bweek\s+(?:to|through|thru|until|till|ended|ending)\s+$/i;

/** The stand-in year of a clock with no day on a page with no publication day (`UNDATED_CLOCK`). */
const UNDATED_YEAR = 0;
/** The value a clock with no day starts from on an undated page, until the day the story named replaces it. */
export const UNDATED_CLOCK = /^0000-01-01T/;

/** What follows a game's clock: the time left in the period ("to go", "to play", "remaining", "left in"). */
const GAME_CLOCK_AFTER = /^\s+(?:to\s+(?:go|play)|remaining|left\s+(?:in|on\s+the\s+clock)\b)/i;

/** "with 4:08 to go", "2:30 left in the half", "with 1:12 left": a bare "left" only after "with" ("at 5:30 left home" is a clock). */
function gameClock(before: string, after: string): boolean {
  return GAME_CLOCK_AFTER.test(after) || (/^\s+left\b/i.test(after) && /\bwith\s+(?:just\s+|only\s+)?$/i.test(before));
}

/** Words that name the day of a clock time ("10 p.m. yesterday", "tonight at 8"). */
const NAMED_DAY = /\b(?:today|yesterday|tomorrow|tonight|ago|later|earlier|last|this|next)\b/i;

/**
 * Whether a clock time with no day ("neighbours heard the shots at 10:20 p.m.") is later than the report
 * could have been written on its publication day: then it is the day before's. Without a publication
 * time the report is taken as written by 6 p.m.: an evening time is read as the night before, since
 * the same day would leave only the hours to midnight to write and publish it.
 */
function laterThanPublication(c: chrono.ParsedComponents, reference: ReferenceTime): boolean {
  const minutes = c.get('hour')! * 60 + (c.get('minute') ?? 0);
  return minutes > (reference.timeKnown ? reference.hour * 60 + reference.minute : UNKNOWN_PUBLICATION_MINUTES);
}

/** The year that puts month and day closest to the reference, as chrono itself reads a date without one. */
function nearestYear(reference: ReferenceTime, month: number, day: number): number {
  const ref = utc(reference.year, reference.month - 1, reference.day);
  const half = 183 * 86400000;
  const at = utc(reference.year, month - 1, day);
  return at - ref > half ? reference.year - 1 : ref - at > half ? reference.year + 1 : reference.year;
}

function normalise(d: Day): Day {
  const t = new Date(utc(d.year, d.month - 1, d.day));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A hyphen and a month's day after a date: the date opens a range ("Nov. 30-Dec. 2"). */
const RANGE_TO_MONTH = /^[-‑]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d/i;

/** Rejects chrono's readings of names and modals as dates ("Seo Jun-wan", "may"). */
/** What stands before a clip's length in a page's list of videos: a line's or sentence's end, the player's "Pause" or the list's "More Videos". */
const PLAYLIST_BEFORE = /(?:^|[\n.!?|]|\bPause|\bVideos)[ \t]*$/;
/** A clip's title after its length: a capital or a quote, or the line's end. */
const PLAYLIST_AFTER = /^[ \t]+["'‘“]?\p{Lu}|^[ \t]*(?:\n|$)/u;

/** Capitalised words that are a sentence's or a headline's function words, never part of a name with "Noon" or "Midnight". */
const FUNCTION_CAPS = '(?:At|By|Until|Till|Before|After|Since|From|Past|Around|Near|About|On|In|Of|For|To|And|Or|The|A|An|As|With)';
const NAME_WORD_AFTER = new RegExp(`^\\s*(?:['’]s\\b|(?!${FUNCTION_CAPS}\\b)[A-Z])`);
const NAME_WORD_BEFORE = new RegExp(`(?:^|[^\\w'’])(?!${FUNCTION_CAPS}\\s)[A-Z][\\w'’]*\\s+$`);

/**
 * The incident a "midday" or "noon" modifies: "midday shooting", "noon double stabbing"; not a noun the
 * incident word itself modifies ("after noon fire engines were called": the time, then the engines).
 */
const MIDDAY_INCIDENT = new RegExp(String.raw`^\s+(?:(?:fatal|deadly|double|triple|brazen|daylight|broad-daylight|armed)\s+)*${INCIDENT_NOUNS}\b(?!\s+(?:engines?|crews?|trucks?|fighters?|officials?|departments?|alarms?|hydrants?|stations?|chiefs?|marshals?|services?|teams?|units?)\b)`, 'i');
/**
 * A determiner before the incident's modifiers: "a brazen midday shooting", "the noon robbery",
 * "Tuesday's midday attack". Without one, "midday" or "noon" is the clock ("At noon fire crews arrived").
 * Up to two words between, none a preposition of time ("the scene after noon fire crews ...").
 */
const MIDDAY_DETERMINER = /(?:^|[^\p{L}'’])(?:a|an|the|this|that|[\p{L}]+['’]s)\s+(?:(?!(?:after|before|at|by|until|till|since|around|about|past|near|from|to|of)\s)[\p{L}-]+\s+){0,2}$/iu;

function accept(text: string, start: number, body: string, dayOfRange = false): boolean {
  const after = body.charAt(start + text.length);
  // "Seo Jun-wan" is a name; "Sept. 3-5" and "Nov. 30-Dec. 2" are ranges.
  if ((after === '-' || after === '‑') && /\p{L}/u.test(body.charAt(start + text.length + 1)) && !RANGE_TO_MONTH.test(body.slice(start + text.length, start + text.length + 12))) return false;
  if (dayOfRange && /^\d{1,2}$/.test(text.trim()) && +text.trim() <= 31) return true;
  if (/^(now|present|currently)$/i.test(text.trim())) return false;
  // "Noon Road", "High Noon Archery Club", "Midnight Madness", "Harriet Noon": capitalised beside a name's
  // other words, a name, not the time (news pages had read T12:00 and T24:00 on the story's day).
  // A preposition or article in capitals beside it is a sentence's start or a headline's title case
  // ("At Midnight, police closed", "Polls Close At Midnight In Ohio"): still the time.
  if (/^(?:Noon|Midnight)$/.test(text) && (NAME_WORD_AFTER.test(body.slice(start + text.length, start + text.length + 12)) || NAME_WORD_BEFORE.test(body.slice(Math.max(0, start - 16), start)))) return false;
  // "a brazen midday shooting", "a noon robbery": the time of an incident the sentence tells of, whose day
  // a bare clock cannot give ("after a daring midday shooting" had read the publication day's noon).
  if (/^(?:midday|noon)$/i.test(text) && MIDDAY_INCIDENT.test(body.slice(start + text.length, start + text.length + 40)) && MIDDAY_DETERMINER.test(body.slice(Math.max(0, start - 40), start))) return false;
  // "Silas August, 61, said": a name and an age set off by commas, not August 1961 (news pages write
  // a month's two-digit year with an apostrophe, "August '61").
  if (/^[A-Z][a-z]+\.?,\s*\d\d$/.test(text) && body.charAt(start + text.length) === ',') return false;
  // "Highs in 50s", "a matinee idol in 40s and 50s": chrono-node reads "in 50s" as fifty seconds from
  // now (the publication day); a number with "s" is a decade, a temperature or an age in news copy.
  if (/^\d+s(?:\s+(?:and|to|or)\s+\d+s)?$/i.test(text.trim())) return false;
  // A page's list of videos: "0:56 Coach credits offensive line", "... fire Pause 2:29 Most wanted: ...".
  // A bare minutes-and-seconds at a line's or a sentence's start, or after the player's "Pause", before a
  // title, is a clip's length; a clock in a report has its a.m. or p.m. or a word before it ("at 9:30").
  if (/^\d{1,2}:[0-5]\d$/.test(text) && PLAYLIST_BEFORE.test(body.slice(Math.max(0, start - 12), start)) && PLAYLIST_AFTER.test(body.slice(start + text.length, start + text.length + 8))) return false;
  // A game's clock: "a field goal with 3:52 to go", "with 1:15 to play before the break", "2:30 left in
  // the third quarter", "with 9:07 remaining". Minutes left in a period, not a time of day (twentieth round).
  if (/^\d{1,2}:[0-5]\d$/.test(text) && gameClock(body.slice(Math.max(0, start - 12), start), body.slice(start + text.length, start + text.length + 24))) return false;
  // Numbers read as hours ("$1.35 a share", "4 pence") or fractions as dates ("6 1/4%"); a month and day
  // in figures stands only after "on" or a weekday ("on 12/3", "Saturday, 12/3"), as US reports write it.
  const onDay = /^(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])$/.test(text.trim()) && /\b(?:on|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?)\s+$/i.test(body.slice(Math.max(0, start - 12), start));
  if (/^[\d.,\s/]+(?:a)?$/i.test(text) && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text) && !onDay) return false;
  if (/^(?:the\s+)?(?:good\s+)?(?:morning|afternoon|evening|night)$/i.test(text)) return false;
  // chrono reads a bare "weekend" as a Saturday; a weekend is our rules' (timex-relative.ts).
  if (/^(?:the\s+)?weekend$/i.test(text.trim())) return false;
  // chrono reads "(later) in the day" as "in one day", tomorrow; the day meant is the story's (timex-anaphora.ts).
  if (/^(?:in\s+)?the\s+(?:day|week|month|year|hour|minute)$/i.test(text.trim())) return false;
  // "in the weeks before the fire", "in the hours after the blast": a stretch before or after an
  // event, not a week before or a day after the publication; "the week before the shooting", "the year
  // after the war": from the date the story named, which our rules read (timex-anaphora.ts), or not known.
  if (/^the\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|earlier|later|prior)$/i.test(text.trim())) return false;
  // "the last week of June", "the last year of his term": a part of what follows (timex-relative.ts).
  if (/^last\s+(?:week|month|year)$/i.test(text.trim()) && /\bthe\s+$/i.test(body.slice(Math.max(0, start - 4), start)) && PART_OF.test(body.slice(start + text.length, start + text.length + 24))) return false;
  // "for a second day": chrono's "a second" is now plus one second; lengths are our rules' (timex-durations.ts).
  if (/^(?:an?|one)\s+(?:second|minute|hour|day|week|month|year)$/i.test(text.trim())) return false;
  // "for several quarters", "two weeks": chrono reads a bare length as a date that far ahead.
  if (/^(?:several|a few|few|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:seconds|minutes|hours|days|weeks|months|quarters|years)$/i.test(text.trim())) return false;
  // A named day is no weekday of this week: "Black Monday", "Good Friday", "Super Tuesday".
  if (/\b(?:Black|Good|Easter|Super|Bloody|Ash|Cyber|Holy|Maundy|Palm|Shrove)\s+$/.test(body.slice(Math.max(0, start - 8), start)) && /^\w+day$/i.test(text)) return false;
  // A newspaper or a programme named for its day: "the Sunday Times", "The Mail on Sunday", "Saturday
  // Night Live", "Monday Night Football" (case-sensitive: the name is capitalised, "Sunday night" is a time).
  if (/day\b/i.test(text) && (DAY_TITLE_AFTER.test(body.slice(start + text.length, start + text.length + 24)) || DAY_TITLE_BEFORE.test(body.slice(Math.max(0, start - 12), start)))) return false;
  // "cut its dividend in half and the shares fell": chrono reads "in half and" as half a day ahead.
  if (/^half\b/i.test(text) && !/\b(?:second|minute|hour|day|week|month|year|decade|century)s?\b/i.test(text)) return false;
  // A capitalised "Today" after an acronym or a name's possessive is a title: "USA Today", "VOA Today",
  // "NBC's Today show" (not after a dateline's place in capitals: "WASHINGTON Today the Senate...", nor
  // after a capitalised word alone: headlines capitalise every word, "Two Shot In Shooting Today").
  if (/^Today$/.test(text) && /\b(?:\p{Lu}{2,4}(?:['’]s)?|\p{Lu}\p{Ll}[\p{L}.&]*['’]s)[ \t]$/u.test(body.slice(Math.max(0, start - 24), start))) return false;
  // "today's world", "the cars of tomorrow": the present or the future in general, no day.
  if (/^(?:today|tomorrow)$/i.test(text) && (GENERIC_AFTER.test(body.slice(start + text.length, start + text.length + 40)) || GENERIC_OF.test(body.slice(Math.max(0, start - 30), start)))) return false;
  // Month names are capitalised in news; lower-case "may" and "march" are a modal and a walk ("this may help").
  if (/\b(?:may|march)\b/.test(text)) return false;
  const words = text.trim().split(/\s+/);
  // A weekday cut short with no full stop is a name in running text ("Sun Microsystems").
  if (words.length === 1 && /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i.test(words[0]!) && after !== '.') return false;
  if (words.length === 1 && MONTH_WORD.test(words[0]!)) {
    const before = body.slice(Math.max(0, start - 20), start);
    if (!MONTH_CONTEXT.test(before)) return false;
    // A month before a capitalised word is a first name ("June Carter", "to April Glaspie").
    if (/^\s+\p{Lu}\p{Ll}/u.test(body.slice(start + text.length, start + text.length + 3))) return false;
    // A capitalised word before a month abbreviation is a name ("Seo Jun"). "May", "June" and "July"
    // are whole names of months, and "Jan." with its full stop a month's, read after a capitalised
    // preposition ("In June the river flooded", "Since Jan. the price"); they had been taken for names by their length.
    if (/\p{Lu}\p{Ll}+\s$/u.test(before) && words[0]!.length <= 4 && !FULL_SHORT_MONTH.test(words[0]!)) return false;
  }
  return true;
}
