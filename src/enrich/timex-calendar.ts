/**
 * Calendar arithmetic for TimeML values: days, ISO weeks, quarters and months counted from a
 * reference date, in UTC so that no local clock or daylight-saving change moves a date.
 */
import { utc } from '../util/dates.js';
export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86400000;

/** A year as TimeML writes it: four digits ("0044", not "44"). */
export function yearText(year: number): string {
  return String(year).padStart(4, '0');
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(utc(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Monday 1 ... Sunday 7, as ISO 8601 and TimeML's XXXX-WXX-N number them. */
export function isoWeekday(d: Day): number {
  return new Date(utc(d.year, d.month - 1, d.day)).getUTCDay() || 7;
}

export function dayValue(d: Day): string {
  return `${yearText(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The ISO week holding the day, as TimeML writes it (1998-W08); the week's year is its Thursday's. */
export function weekValue(d: Day): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstJan = utc(thursday.year, 0, 1);
  const week = Math.floor((utc(thursday.year, thursday.month - 1, thursday.day) - firstJan) / (7 * DAY_MS)) + 1;
  return `${yearText(thursday.year)}-W${pad(week)}`;
}

export function monthValue(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export function quarterOf(d: Day): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

export function quarterValue(year: number, quarter: number): string {
  const index = year * 4 + (quarter - 1);
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * The weekday (1-7) nearest the reference on the side the sentence points to: on or before it for
 * the past news usually reports, after it for the future.
 */
export function resolveWeekday(reference: Day, weekday: number, future: boolean): Day {
  const today = isoWeekday(reference);
  if (future) return addDays(reference, (weekday - today + 7) % 7);
  return addDays(reference, -((today - weekday + 7) % 7));
}
