/**
 * "grew from January to June", "between November and February": each side of a range of months read
 * alone takes its own year, and the two could run backward: said in December, "January" is next
 * January by the rule for next month's name, so "from January to June" had been 2000-01 to 1999-06;
 * said in March of a past story, June was last year's and January this year's. A range runs forward:
 * in the past the end stands and the start is a year earlier, ahead the start stands and the end is a
 * year later (as `inOrder` in timex-chrono.ts moves a weekday by a week). Only where neither side
 * writes its year. chrono-node reads "from ... to" as one range (timex-chrono.ts) but "between
 * November and February" as two dates, put in order here.
 */
import type { Timex } from '../model/types.js';
import type { Day } from './timex-calendar.js';

const YEAR_FIRST = /^(\d{4})(-\d\d(?:-\d\d)?)(?=$|T)/;

export function monthsInOrder(left: Timex, right: Timex, ahead: boolean): void {
  const [from, to] = [YEAR_FIRST.exec(left.value), YEAR_FIRST.exec(right.value)];
  if (!from || !to || from[0] <= to[0]) return;
  const moved = ahead ? right : left;
  const parts = ahead ? to : from;
  moved.value = `${String(+parts[1]! + (ahead ? 1 : -1)).padStart(4, '0')}${moved.value.slice(4)}`;
}

const MONTH_ONLY = /^\d{4}-\d\d$/;

/**
 * "between November and February": two months with no year written, "between" before the first and
 * "and" alone between them. Whether the range looks ahead is read from the first month's value: past
 * the publication month the tense had sent it forward.
 */
export function monthsBetween(sorted: readonly Timex[], body: string, reference: Day | null): void {
  if (!reference) return;
  const now = `${String(reference.year).padStart(4, '0')}-${String(reference.month).padStart(2, '0')}`;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [left, right] = [sorted[i]!, sorted[i + 1]!];
    if (!MONTH_ONLY.test(left.value) || !MONTH_ONLY.test(right.value)) continue;
    if (/\d/.test(body.slice(left.start, left.end)) || /\d/.test(body.slice(right.start, right.end))) continue;
    if (!/^\s+and\s+$/i.test(body.slice(left.end, right.start))) continue;
    if (!/\bbetween\s+$/i.test(body.slice(Math.max(0, left.start - 12), left.start))) continue;
    monthsInOrder(left, right, left.value > now);
  }
}
