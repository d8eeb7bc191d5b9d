/**
 * A public body's act told with its own day in a report's sentence: "after Zimbabwe closed the border
 * post to passengers on Thursday", "the ministry declared an outbreak on Monday". A report that leads
 * with what followed the act ("travellers were stranded at the crossing on Friday after ...") is the
 * act's report, and the act's day is its event's: the day of the stranding had dated it (review ux67b).
 * The acts are those clustering reads a lead by (cluster/public-acts.ts), an epidemic's tally aside,
 * which tells counts, not an act with a day of its own.
 */
import { PUBLIC_ACTS } from '../cluster/public-acts.js';

const ACTS = PUBLIC_ACTS.filter(([kind]) => kind !== 'tally').map(([, pattern]) => `(?:${pattern})`).join('|');

/**
 * The act, then what it was done for or to ("to passengers", "with Zambia", "for 21 days"), then "on" and
 * the day, at the end of the words before a date; no other verb between, so "lifted the emergency it
 * declared on" gives the declaration no act of its own.
 */
const ACT_THEN_DAY = new RegExp(String.raw`\b(?:${ACTS})\b(?:\s+(?:to|for|with|from|at|in|along|across|near|between)\s+[\p{L}\d'’ -]{1,40}?)?\s+on\s+(?:(?:early|late)\s+)?$`, 'iu');

/** Whether the words before a day end with a public body's act told with that day ("closed the border post to passengers on "). */
export function publicActDay(before: string): boolean {
  return ACT_THEN_DAY.test(before.slice(-200));
}

/**
 * After a day, a clause that tells the act the day's own news followed: "(stranded on Friday) after
 * Zimbabwe closed the border post". The day is then the aftermath's, weighed as a telling's is.
 */
export const AFTER_PUBLIC_ACT = new RegExp(String.raw`^[^.;]{0,40}?\b(?:after|following)\b[^.;]{0,80}?(?:${ACTS})`, 'iu');
