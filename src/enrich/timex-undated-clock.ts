/**
 * Clocks on a page with no publication day ("3 May 2012 Last updated at 09:15 GMT", as ECB+'s stories have them).
 * timex-chrono.ts reads a bare clock there on a stand-in day (UNDATED_CLOCK), which the day the story
 * last named replaces (onNamedDay in timex.ts), as on a dated page. But an undated page leaves unread
 * every day it cannot place ("on Saturday", "yesterday", "the night of Sept. 13" with no year): a clock
 * after one of those is on that day, not on the full date named before it, so it is left out; so is a
 * clock far from any day named, which a dated page would put on its publication day and an undated
 * page has no day for (twentieth round; the nineteenth's leftover).
 */
import type { Timex } from '../model/types.js';
import { UNDATED_CLOCK } from './timex-chrono.js';

/** A day the undated page names but cannot place: a weekday, a day said from the publication, a month's day with no year. */
const UNPLACED_DAY =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|tomorrow|overnight)\b|\blast\s+night\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\bMay\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** How far after the day named a clock may stand and still be read on it: about two short paragraphs. */
const REACH = 1000;
/** A value on a calendar day, with or without a time ("2013-07-22", "2013-07-22T17:50Z"). */
const ON_DAY = /^\d{4}-\d\d-\d\d(?![\d-])/;

/**
 * Removes from `sorted` (one sentence's readings, by position) the stand-in clocks that cannot take the
 * day named before them, given where the last reading on a day ended (`lastDay`, -1 for none). Returns
 * where the last reading on a day ends after this sentence.
 */
export function dropUnplacedClocks(sorted: Timex[], body: string, lastDay: number): number {
  let last = lastDay;
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (UNDATED_CLOCK.test(t.value)) {
      const between = body.slice(last, t.start);
      if (last < 0 || between.length > REACH || UNPLACED_DAY.test(between)) sorted.splice(i--, 1);
    } else if (ON_DAY.test(t.value)) last = t.end;
  }
  return last;
}
