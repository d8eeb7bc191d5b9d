/**
 * "the quarter ended Sept. 30", "the quarter ending December 31, 2008": a quarter named by the day it
 * closes on. Where that day is the end of a calendar quarter (the last week of March, June, September
 * or December, as companies whose books close on a weekday write "Dec. 29"), the quarter is that
 * calendar quarter of the day's year. Used only where the story has named no quarter before (one it
 * has named is kept, in the company's fiscal count): "the quarter" had then been the last complete one,
 * so a story of October on a quarter ending December 31 came out as the third quarter.
 */
import type { Day } from './timex-calendar.js';

const MONTHS: Record<string, number> = { mar: 3, march: 3, jun: 6, june: 6, sep: 9, sept: 9, september: 9, dec: 12, december: 12 };

/** The words right after "the quarter": "ended"/"ending"/"that ended", a quarter-end month, a day, maybe a year. */
const CLOSING_DAY = /^\s+(?:that\s+|which\s+)?(ended|ending|ends)\s+(?:on\s+)?(mar|march|jun|june|sept?|september|dec|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?/i;

/**
 * The calendar quarter, as [year, quarter], that the words after a quarter's name close it on, or null
 * where they name no closing day or one that is not in a calendar quarter's last week. With no year
 * written, "ended" is the latest such day up to the reference day; "ending" and "ends" are the same
 * unless the sentence looks ahead (`ahead`), when they are the next such day from the reference day.
 */
export function quarterClosedBy(after: string, reference: Day, ahead: boolean): [number, number] | null {
  const m = CLOSING_DAY.exec(after);
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase()]!;
  const day = +m[3]!;
  const last = month === 6 || month === 9 ? 30 : 31;
  if (day > last || day < last - 7) return null;
  const q = month / 3;
  if (m[4]) return [+m[4], q];
  const passed = reference.month > month || (reference.month === month && reference.day >= day);
  const forward = ahead && m[1]!.toLowerCase() !== 'ended';
  if (forward) return [passed ? reference.year + 1 : reference.year, q];
  return [passed ? reference.year : reference.year - 1, q];
}
