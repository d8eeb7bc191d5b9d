/**
 * Two days that are one moment: a report that times an attack "at 2315 UTC" on Sunday and another
 * that times it "at 2:15 a.m. local time" on Monday tell the same moment on either side of midnight,
 * not two dates (review ux70b, a hijacking off Somalia). Only where every report of one day gives a
 * UTC clock and every report of the other a clock in local time, and the hours between them are the
 * offset the place's longitude allows: a clock alone on either side, or an offset that does not fit
 * the place, leaves the dates disputed.
 */
import type { Article, Timex } from '../model/types.js';

/** How far a zone's offset may stray from the sun's at the place's longitude (Spain, western China). */
const SLACK_HOURS = 2;
/** "local time" right after the clock: "2:15 a.m. local time", "0215 local time". */
const LOCAL_AFTER = /^\s*(?:(?:a\.m\.|p\.m\.|am|pm|hours|hrs)\s*)?\(?local\s+time\b/i;

/** Minutes since the epoch of a TIME value's day and clock ("2027-03-14T23:15Z", "2027-03-15T02:15"), or null. */
function minutes(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z?$/.exec(value);
  if (!m) return null;
  return Date.parse(`${m[1]}T00:00:00Z`) / 60000 + Number(m[2]) * 60 + Number(m[3]);
}

/** The report's clock of `day` in UTC or in local time, by kind; null where it gives none, or clocks of both kinds. */
function clockOf(article: Article, day: string): { utc: boolean; at: number } | null {
  const clocks = article.timexes.filter((t: Timex) => t.type === 'TIME' && t.value.startsWith(`${day}T`));
  const utc = clocks.filter((t) => t.value.endsWith('Z'));
  const local = clocks.filter((t) => !t.value.endsWith('Z') && LOCAL_AFTER.test(article.body.slice(t.end, t.end + 24)));
  if (utc.length > 0 === local.length > 0) return null;
  const at = minutes((utc[0] ?? local[0])!.value);
  return at === null ? null : { utc: utc.length > 0, at };
}

/**
 * Whether the two days' reports (`first` dated `days[0]`, `second` `days[1]`) tell one moment, the one
 * day's in UTC and the other's in local time, at an offset that fits every one of `lons`: the event's
 * place's longitude, or where it has none, those of the places its reports give.
 */
export function oneMomentAcrossMidnight(days: readonly [string, string], first: readonly Article[], second: readonly Article[], lons: readonly number[]): boolean {
  if (lons.length === 0 || first.length === 0 || second.length === 0) return false;
  const clocks = [first.map((a) => clockOf(a, days[0])), second.map((a) => clockOf(a, days[1]))];
  if (clocks.some((side) => side.some((c) => c === null))) return false;
  const kinds = clocks.map((side) => new Set(side.map((c) => c!.utc)));
  if (kinds.some((k) => k.size !== 1) || kinds[0]!.has(true) === kinds[1]!.has(true)) return false;
  const [utcSide, localSide] = kinds[0]!.has(true) ? [clocks[0]!, clocks[1]!] : [clocks[1]!, clocks[0]!];
  const offsets = new Set(localSide.flatMap((l) => utcSide.map((u) => (l!.at - u!.at) / 60)));
  if (offsets.size !== 1) return false;
  const offset = [...offsets][0]!;
  // Across midnight: the two days differ, so the offset is not nothing; it is one a zone has, near the sun's.
  return offset !== 0 && offset >= -12 && offset <= 14 && lons.every((lon) => Math.abs(offset - lon / 15) <= SLACK_HOURS);
}
