/**
 * A day counted from a holiday: "two days after Christmas", "the day after Thanksgiving", "the
 * day-after-Thanksgiving shooting", "the night before Labor Day". The timex reader dates the
 * holiday itself (timex-holidays.ts); the day the text means is that day moved by the span. Only whole
 * days with a count ("the day", "a day", "two days"): "in the days after Christmas" names no one day.
 * For the event's day only (event-date.ts), as days-after.ts is.
 */
import type { Timex } from '../model/types.js';

/** The holidays' names as the timex reader writes them out (the text of a holiday's timex starts with one). */
const HOLIDAY = /^(?:the\s+)?(?:Christmas|Thanksgiving|New\s+Year|Easter|Fourth\s+of\s+July|July\s+(?:4th|Fourth)|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|(?:St\.?\s+|Saint\s+)?Valentine|Mother|Father|Martin\s+Luther\s+King|MLK|Presidents|Columbus\s+Day|Veterans\s+Day|(?:St\.?|Saint)\s+Patrick|Election\s+Day)/;
/** "the day after", "two days before", "the night before the", "day-after-": the span right before the holiday. */
const OFFSET_BEFORE = /\b(?:(?:(the|a|one)\s+(day|night))|(?:(two|three|four|five|six|[2-6])\s+days))[\s-]+(after|before)[\s-]+(?:the\s+)?$/i;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/** The timexes with each holiday a span is counted from replaced by the day counted to. */
export function withHolidayOffsets(body: string, timexes: readonly Timex[]): Timex[] {
  return timexes.map((timex) => {
    if (timex.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(timex.value) || !HOLIDAY.test(timex.text)) return timex;
    const before = body.slice(Math.max(0, timex.start - 40), timex.start);
    const m = OFFSET_BEFORE.exec(before);
    if (!m) return timex;
    const count = m[1] ? 1 : (COUNTS[m[3]!.toLowerCase()] ?? Number(m[3]));
    const days = m[4]!.toLowerCase() === 'after' ? count : -count;
    const [y, mo, d] = timex.value.split('-').map(Number) as [number, number, number];
    const value = new Date(Date.UTC(y, mo - 1, d) + days * 86400000).toISOString().slice(0, 10);
    const start = timex.start - (before.length - m.index);
    return { ...timex, value, start, text: body.slice(start, timex.end), anchoring: 'inferred' };
  });
}
