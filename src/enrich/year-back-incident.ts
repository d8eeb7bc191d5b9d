/**
 * A month and day written without a year ("the Nov. 22 shootout", "about 2 a.m. Nov. 22") are
 * read as the nearest such day, which for a follow-up months on can fall after the publication: a plea
 * in October "pleaded guilty Friday over the Nov. 22 gunfight" tells of last November's shooting, not of one still
 * to come. An incident cannot lie ahead of the report that tells it, so such a day is last year's. Only
 * the day's own words decide whether it is an incident's (event-date.ts checks them as for any earlier
 * day); a planned step ("the Nov. 22 hearing") keeps its future day.
 */
import type { Timex } from '../model/types.js';
import { utc } from '../util/dates.js';

/**
 * A year written with the day ("Nov. 22, 2015", "04/07/17"): the year is the text's, not a guess.
 */
const WRITTEN_YEAR = /\b\d{4}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;
/** The year named right after the day ("June 30 of this year"). */
const YEAR_AFTER = /^\s*,?\s*(?:of\s+)?(?:this|last|next|that)\s+year\b/i;

/**
 * The same month and day a year earlier (with the clock time, if any) and its day's instant, when a stated date without a
 * written year lies after `latest` (the last day the report could tell as past) and a year back it does
 * not; otherwise null. `after` is the text right after the date.
 */
export function yearBack(timex: Timex, latest: number, after = ''): { value: string; at: number } | null {
  if ((timex.type !== 'DATE' && timex.type !== 'TIME') || timex.anchoring !== 'stated' || WRITTEN_YEAR.test(timex.text) || YEAR_AFTER.test(after)) return null;
  // A clock time keeps its hour ("3 a.m. on May 9" is 2016-05-09T03:00).
  const day = /^(\d{4})-(\d{2})-(\d{2})((?:T[\d:]+)?)$/.exec(timex.value);
  if (!day) return null;
  const year = +day[1]! - 1;
  const at = utc(year, +day[2]! - 1, +day[3]!);
  // 29 February has no day a year back: left alone.
  if (new Date(at).getUTCDate() !== +day[3]! || at > latest) return null;
  return { value: `${String(year).padStart(4, '0')}-${day[2]}-${day[3]}${day[4]}`, at };
}
