/**
 * "shot over the Memorial Day weekend": the timex reader gives the weekend (2014-W21-WE), as TimeML
 * marks the words, but the event's day is chosen among day-precise dates only, and the report then fell
 * back to its publication day. For the event's day only (event-date.ts, as holiday-offset.ts), a holiday
 * weekend stands for the holiday's own day, inferred: the day the story was dated by before weekends
 * were read. A plain "over the weekend" names no holiday and is left as it is.
 */
import type { Timex } from '../model/types.js';
import { holidayOfWeekend } from './timex-holidays.js';

export function withHolidayWeekendDays(timexes: readonly Timex[]): readonly Timex[] {
  if (!timexes.some((t) => t.value.endsWith('-WE'))) return timexes;
  return timexes.map((timex) => {
    const day = holidayOfWeekend(timex.text, timex.value);
    return day ? { ...timex, value: day, anchoring: 'inferred' } : timex;
  });
}
