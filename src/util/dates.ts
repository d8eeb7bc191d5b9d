/**
 * Calendar helpers shared by every stage: ISO 8601 strings checked for real dates, a UTC sort key that
 * respects stated offsets, and whole-day arithmetic on YYYY-MM-DD. No function reads the clock or the
 * machine's time zone.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO-like strings from metadata (JSON-LD, meta tags, <time datetime>) normalised, or null if not a real date-time. */
export function isoFromMachineDate(value: string): string | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!isRealDate(+y!, +mo!, +d!)) return null;
  if (!h) return `${y}-${mo}-${d}`;
  if (+h > 23 || +mi! > 59 || +(s ?? 0) > 59) return null;
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (offset && offset !== 'Z' && (+offset.slice(1, 3) > 14 || +offset.slice(4, 6) > 59)) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
}

/**
 * Date.UTC for any year: Date.UTC reads years 0-99 as 1900-1999 ("0044-03-15" would become 1944).
 * Months and days out of range carry over, as in Date.UTC.
 */
export function utc(year: number, monthIndex: number, day: number): number {
  return new Date(0).setUTCFullYear(year, monthIndex, day);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * A key that sorts publication times by the instant they name: times with an offset are converted to
 * UTC; local times without one are taken as they are (the best guess); unknown times sort last.
 */
export function utcSortKey(iso: string | null): string {
  if (!iso) return '9999';
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return `${m[1]}T00:00:00`;
  if (!m[3]) return `${m[1]}T${m[2]}`;
  const instant = Date.parse(`${m[1]}T${m[2]}${m[3]}`);
  return Number.isNaN(instant) ? `${m[1]}T${m[2]}` : new Date(instant).toISOString().slice(0, 19);
}

/** Days since 1970-01-01 of a YYYY-MM-DD (the first day of a YYYY-MM or YYYY), or NaN. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return Number.NaN;
  return utc(+m[1]!, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / 86400000;
}

/** YYYY-MM-DD moved by whole days. */
export function shiftDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86400000).toISOString().slice(0, 10);
}
