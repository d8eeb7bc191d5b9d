/**
 * "grew from January to June", "between November and February": each side of a range of months read
 * alone takes its own year, and the two could run backward: said in December, "January" is next
 * January by the rule for next month's name, so "from January to June" had been 2000-01 to 1999-06;
 * said in March of a past story, June was last year's and January this year's. A range runs forward:
 * in the past the end stands and the start is a year earlier, ahead the start stands and the end is a
 * year later (as `inOrder` in timex-chrono.ts moves a weekday by a week). Only where neither side
 * writes its year.
 */
import type { Timex } from '../model/types.js';

const YEAR_FIRST = /^(\d{4})(-\d\d(?:-\d\d)?)(?=$|T)/;

export function monthsInOrder(left: Timex, right: Timex, ahead: boolean): void {
  const [from, to] = [YEAR_FIRST.exec(left.value), YEAR_FIRST.exec(right.value)];
  if (!from || !to || from[0] <= to[0]) return;
  const moved = ahead ? right : left;
  const parts = ahead ? to : from;
  moved.value = `${String(+parts[1]! + (ahead ? 1 : -1)).padStart(4, '0')}${moved.value.slice(4)}`;
}
