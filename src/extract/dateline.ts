/**
 * Publication date-times as pages print them ("Published : March 27, 2024 - 11:52",
 * "Jan. 9, 2024 7:36PM GMT+9", "2024-03-27T11:52:00+09:00") to ISO 8601, keeping the UTC offset when
 * the page states one and leaving it off when it does not (a local time is not a UTC time).
 */
import { spelledOutAgo } from './relative-stamp-words.js';
import { withoutReadingTime } from './reading-time.js';
import * as chrono from 'chrono-node';
import { isoFromMachineDate, isRealDate } from '../util/dates.js';

export { isoFromMachineDate };

export interface ParsedDateline {
  /** ISO 8601: 2024-04-01T20:48:00+09:00, 2024-03-30T10:13:00, or 2024-03-30 when no time is given. */
  iso: string;
  kind: 'published' | 'modified';
  /** Share of the line the date covers (a dateline is mostly date). */
  coverage: number;
  /** Whether a label names it as the page's date ("Posted:", "Updated:"): a bare date in a page's head may be anything's (a mugshot's birth date). */
  labelled: boolean;
}

const LABEL = /^\s*(published|posted|updated|last updated|modified|last modified|date|created|first published|pubdate)\s*(on|at)?\s*[:：|-]?\s*/i;
const MODIFIED = /^(updated|last updated|modified|last modified)/i;

/**
 * `reference` is the page's own time when the input gives it (when it was fetched, ISO 8601 with a time):
 * a stamp that counts back ("3 hours ago", "2 days ago") is dated from it, and is no date without it.
 */
export function parseDateline(line: string, reference?: string | null): ParsedDateline | null {
  // A reading time beside the date ("April 8, 2026 | 4 min read") is furniture, not part of the stamp.
  const trimmed = withoutReadingTime(line.trim()).trim();
  if (trimmed.length > 120) return null;
  const labelMatch = LABEL.exec(trimmed);
  const kind = labelMatch && MODIFIED.test(labelMatch[1]!) ? 'modified' : 'published';
  // "5 mins ago", "an hour ago": written out as chrono reads them (relative-stamp-words.ts).
  const rest = spelledOutAgo(labelMatch ? trimmed.slice(labelMatch[0].length) : trimmed);
  const iso = isoFromMachineDate(rest);
  if (iso) return { iso, kind, coverage: 1, labelled: labelMatch !== null };
  // A fixed reference keeps parsing independent of the clock; datelines carry their own year.
  const text = rest.replace(/\s[-–—]\s(?=\d{1,2}:\d{2})/, ' ');
  const result = chrono.strict.parse(text, FIXED_REFERENCE)[0];
  // A relative phrase ("in a week", "tomorrow") is dated against the fixed reference with every part
  // certain, so a headline ending "... protest in a week" read as a dateline of 2000-01-08 and was lost
  // as the headline; a dateline writes its day in figures.
  if (!result || !/\d/.test(result.text)) return null;
  // "3 hours ago" counts back from the page's time, never from the fixed reference (it read as
  // 1999-12-31, and the event as 1999-12-28: review73): dated from the fetch time, or no date.
  const relative = result.tags().has('result/relativeDate');
  const at = relative ? relativeTo(text, reference) : result;
  if (!at) return null;
  const start = at.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  if (!isRealDate(start.get('year')!, start.get('month')!, start.get('day')!)) return null;
  const coverage = at.text.length / Math.max(1, rest.replace(/\s+/g, ' ').length);
  return { iso: formatComponents(start), kind, coverage, labelled: labelMatch !== null };
}

const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Whether the line is a stamp that counts back from the page's time ("3 hours ago", "Updated 2 days
 * ago"): page furniture, never a headline, whether or not it can be dated.
 */
export function isRelativeStamp(line: string): boolean {
  const trimmed = line.trim();
  const rest = spelledOutAgo(trimmed.slice(LABEL.exec(trimmed)?.[0].length ?? 0));
  if (trimmed.length > 60 || !/\d/.test(rest)) return false;
  const result = chrono.strict.parse(rest, FIXED_REFERENCE)[0];
  return result !== undefined && /\d/.test(result.text) && result.tags().has('result/relativeDate') && result.text.length / Math.max(1, rest.length) >= 0.6;
}

/** A relative stamp read against the page's time, in UTC; null where the page's time is unknown. */
function relativeTo(text: string, reference: string | null | undefined): chrono.ParsedResult | null {
  const instant = reference ? Date.parse(reference) : Number.NaN;
  if (!reference || !reference.includes('T') || Number.isNaN(instant)) return null;
  const result = chrono.strict.parse(text, { instant: new Date(instant), timezone: 0 })[0];
  return result?.tags().has('result/relativeDate') ? result : null;
}

function formatComponents(start: chrono.ParsedComponents): string {
  const date = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
  if (!start.isCertain('hour')) return date;
  const time = `${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
  if (!start.isCertain('timezoneOffset')) return `${date}T${time}`;
  const offset = start.get('timezoneOffset')!;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
