/**
 * A clock time whose day is written after it, past the words wire copy puts between the two: "at 4:53
 * p.m. local time on Monday", "at 10:40 a.m. (0740 GMT) on Tuesday", "at 11:20 p.m. local time on March
 * 3, 2009". chrono-node joins a clock and a day only when they stand side by side ("4:53 p.m. on
 * Monday"); split by "local time" or a conversion in brackets, the clock had been put on the publication
 * day or the day the story named before it. So is a day named from the story's own ("at 6 a.m. the next
 * day", "at noon the following day", "at 9 a.m. that day", "at 7 a.m. the next morning"), which the
 * clock had not waited for: it took the day named before it, a day early.
 */
import type { Timex } from '../model/types.js';

/** What may stand between a clock time and its day: "local time", a zone, a conversion in brackets, "on". */
const BETWEEN = /^\s*(?:(?:local\s+time|(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?|[ECMP][SD]T|BST|CES?T)\s*|\([^()]{1,30}\)\s*|,\s*)*(?:on\s+)?$/i;
/**
 * A clock that qualifies an event's noun ("a 10 a.m. news conference Monday", "a 7 p.m. vigil on
 * Friday"): the day after the noun is the clock's. It had been put on the day named before it, a week
 * off in a story that had just named an earlier date (eighteenth round's audit of news pages).
 */
const ARTICLE_BEFORE = /\b(?:an?|the)\s+$/i;
const NOUN_BETWEEN = /^\s+(?:[a-z]+\s+){1,3}(?:on\s+)?$/;
/**
 * A day the story names from its own: "the next day", "the following morning", "that day", "that
 * night", "the day after". A night's or an evening's small hours are the next calendar day's ("at 1
 * a.m. that night"), as they are after a night named before the clock (timex.ts).
 */
const STORY_DAY = /^(?:the\s+)?(?:(?:next|following|same|previous|prior)\s+(?:day|morning|afternoon|evening|night)|day\s+(?:before|after))$|^that\s+(?:day|morning|afternoon|evening|night)$/i;
/** A night or an evening's value ("2010-03-03TNI") and a clock time from midnight to 5:59 a.m. */
const NIGHT = /T(?:NI|EV)$/;
const SMALL_HOURS = /^T0[0-5]:/;
/** A value on a calendar day, with or without a time of its own. */
const ON_DAY = /^\d{4}-\d\d-\d\d(?![\d-])/;
/** A clock time's value ("2010-03-18T16:53", "2010-03-18T16:53Z"). */
const CLOCK = /^\d{4}-\d\d-\d\dT\d/;

/**
 * Puts each clock time with no day of its own on the day written right after it. `namesDay` says whether
 * a reading's words name its day ("Tuesday", "Jan. 5", "tonight"). Returns the times so dated, which the
 * day named earlier in the story must not move again.
 */
export function onDayAfter(sorted: readonly Timex[], body: string, namesDay: (text: string) => boolean): Set<Timex> {
  const dated = new Set<Timex>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [clock, day] = [sorted[i]!, sorted[i + 1]!];
    if (clock.type !== 'TIME' || !CLOCK.test(clock.value) || namesDay(clock.text)) continue;
    if (!ON_DAY.test(day.value) || !(namesDay(day.text) || STORY_DAY.test(day.text))) continue;
    const between = body.slice(clock.end, day.start);
    if (!BETWEEN.test(between) && !(NOUN_BETWEEN.test(between) && ARTICLE_BEFORE.test(body.slice(Math.max(0, clock.start - 8), clock.start)))) continue;
    const time = clock.value.slice(10);
    clock.value = (NIGHT.test(day.value) && SMALL_HOURS.test(time) ? nextDay(day.value.slice(0, 10)) : day.value.slice(0, 10)) + time;
    dated.add(clock);
  }
  return dated;
}

function nextDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
