/**
 * A live entry's clock time put on the calendar: the zone the stamp states (its offset on that day,
 * for a zone that keeps summer time by region: "ET"), else the offset the page's own time is written
 * in; and the day of the page's time, moved on a day each time the clock runs back between entries
 * read in the order they were written (a page that covers 22:00 to 01:00 crosses midnight).
 */

import { namedZoneOffset } from './zone-names.js';

/** Zones written without their season: the offset depends on the day. */
const REGIONAL: Record<string, string> = { ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles' };

/**
 * The offset (minutes east of UTC) of a stated zone at about the given instant, or null for a zone not
 * known. The page's own offset, where its time states one, decides a name with several readings ("IST").
 */
export function zoneOffset(zone: string, at: number, pageOffset: number | null = null): number | null {
  if (zone === 'GMT' || zone === 'UTC') return 0;
  const named = namedZoneOffset(zone, pageOffset);
  if (named !== null) return named;
  // "GMT+6", "UTC-0330" (live-stamp.ts writes an offset so): the offset is the zone.
  const offset = /^(?:GMT|UTC)([+-])(\d{1,2})(\d\d)?$/.exec(zone);
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  const region = REGIONAL[zone];
  if (!region) return null;
  const name = new Intl.DateTimeFormat('en-US', { timeZone: region, timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The offset an ISO 8601 time is written in ("Z" and "+00:00" are 0), or null when it states none. */
export function writtenOffset(iso: string): number | null {
  if (/Z$/i.test(iso)) return 0;
  const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** An instant written as local time at an offset: "2025-03-11T10:42:00+01:00" ("Z" at 0). */
export function isoAtOffset(at: number, offset: number): string {
  const local = new Date(at + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Midnight (UTC instant) of the local day that holds `at` at `offset`. */
export function localMidnight(at: number, offset: number): number {
  const local = at + offset * 60_000;
  return local - (((local % 86_400_000) + 86_400_000) % 86_400_000) - offset * 60_000;
}
