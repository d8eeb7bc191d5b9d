/**
 * The time stamps a live page prints over its entries ("10:42 GMT", "2.15pm", "Updated 3 minutes ago",
 * "Posted at 09:05 ET"), read as a clock time with the zone it states, or as a span before the page's
 * time. Only a paragraph that is a stamp alone, or that opens with one set off by a dash, a bar or a
 * zone, is read: "2.50 of every 100" opens no entry.
 */

import { NAMED_ZONE_PATTERN } from './zone-names.js';

export type LiveStamp = { kind: 'clock'; minutes: number; zone: string | null } | { kind: 'ago'; minutes: number };

/**
 * A zone as an offset from GMT or UTC ("GMT+6", "UTC+05:30", "GMT-3"), as many sites outside Europe and
 * America print it; put before the names so "GMT" alone does not stop short of the offset. No space
 * around the sign: "10:42 GMT - 3 people were hurt" states no offset.
 */
const ZONE_OFFSET = String.raw`(?:GMT|UTC)[+\-\u2212](?:1[0-4]|0?\d)(?::?[0-5]\d)?`;
/** GMT and UTC are read in any case; a zone's name only in capitals (zone-names.ts): "10:42 Wat Arun" names a temple. */
const ZONE_ANY_CASE = `${ZONE_OFFSET}|GMT|UTC`;
const LEAD = String.raw`(?:(?:last\s+)?(?:updated|posted|published|update)(?:\s+at)?\s*:?\s*)?`;
const AGO = String.raw`(\d{1,3}|an?|one)\s*(m|mins?|minutes?|h|hrs?|hours?)\s+ago|just\s+now`;

type ClockPatterns = { whole: RegExp; opening: RegExp };
function clockPatterns(zones: string): ClockPatterns {
  const clock = String.raw`([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*([ap])\.?\s*m\.?(?![\p{L}]))?(?:\s*(${zones})\b)?`;
  // A stamp opening an entry's first paragraph, and what sets it off (group 5).
  return { whole: new RegExp(`^${LEAD}${clock}\\s*$`, 'iu'), opening: new RegExp(`^${LEAD}${clock}(\\s*[-–—|:]\\s+|\\s+)`, 'iu') };
}
/** With every zone name; and with GMT, UTC and offsets only, for a stamp whose "zone" is a word not in capitals. */
const WITH_NAMES = clockPatterns(`${ZONE_ANY_CASE}|${NAMED_ZONE_PATTERN}`);
const WITHOUT_NAMES = clockPatterns(ZONE_ANY_CASE);
const WHOLE_AGO = new RegExp(`^${LEAD}(?:${AGO})\\s*$`, 'iu');
const ENTRY_START = /^["“‘'\p{Lu}\d]/u;
/**
 * Every stamp has a digit, or is a span ago ("one hour ago", "an hr ago") or "just now": AGO's forms
 * without a digit end on "ago" or "now", whatever count word and unit they use.
 */
const MAY_HOLD_STAMP = /\d|\b(?:now|ago)\b/i;

/** The stamp a paragraph is, or opens with, and the text after it (empty for a stamp alone). */
export function readStamp(paragraph: string): { stamp: LiveStamp; text: string; written: string } | null {
  // Every stamp has a digit, "ago" or "now" near its start: most paragraphs are ruled out without the
  // patterns. Looked for after the leading white space, which the patterns allow any amount of.
  const text = paragraph.trim();
  if (!MAY_HOLD_STAMP.test(text.slice(0, 40))) return null;
  let m = clockMatch(text, 'whole');
  if (m) return { stamp: clock(m), text: '', written: text };
  m = WHOLE_AGO.exec(text);
  if (m) return { stamp: { kind: 'ago', minutes: agoMinutes(m[1], m[2]) }, text: '', written: text };
  m = clockMatch(text, 'opening');
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  // Without am/pm or a zone the stamp must be set off by a dash, bar or colon ("10:42 - Police said"),
  // and an entry opens as a sentence does.
  if (!(m[3] || m[4] || /[-–—|:]/.test(m[5]!)) || !ENTRY_START.test(rest)) return null;
  return { stamp: clock(m), text: rest, written: text.slice(0, m[0].length).replace(/\s*[-–—|:]?\s*$/, '') };
}

/** A clock stamp, whose zone name (other than GMT or UTC) counts only where written in capitals. */
function clockMatch(text: string, form: keyof ClockPatterns): RegExpExecArray | null {
  const m = WITH_NAMES[form].exec(text);
  const zone = m?.[4];
  if (!zone || /^(?:GMT|UTC)/i.test(zone) || zone === zone.toUpperCase()) return m;
  return WITHOUT_NAMES[form].exec(text);
}

function clock(m: RegExpExecArray): LiveStamp {
  let hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  // An offset is kept in one form ("GMT+6", "UTC-03:30" as "UTC-0330"): live-time.ts reads it.
  const zone = m[4]?.toUpperCase().replace(/\s+/g, '').replace('\u2212', '-').replace(':', '') ?? null;
  return { kind: 'clock', minutes: hour * 60 + Number(m[2]), zone };
}

function agoMinutes(count: string | undefined, unit: string | undefined): number {
  if (count === undefined || unit === undefined) return 0;
  const n = /^\d/.test(count) ? Number(count) : 1;
  return /^h/i.test(unit) ? n * 60 : n;
}

/** A paragraph that is a stamp and nothing else ("10:42 GMT"): kept through layout for live-blog.ts, which takes it out. */
export function isStampAlone(paragraph: string): boolean {
  return paragraph.length <= 40 && readStamp(paragraph)?.text === '';
}

/** A clock time and then a word in capitals alone on its line: the shape of a stamp whatever the zone. */
const ZONED_CLOCK = new RegExp(String.raw`^${LEAD}(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?\s*m\.?)?\s+(\p{Lu}{2,5})\s*$`, 'iu');

/**
 * The zone a stamp alone names where the table (zone-names.ts) does not know it ("18:45 ZMT"): the
 * stamp cannot be read, so its entry's time is lost. Such a line is kept through layout as a stamp is,
 * for live-blog.ts to take out and to say so, rather than lose the times without a word. Null for a
 * line that is no such stamp.
 */
export function unreadZoneStamp(paragraph: string): string | null {
  if (paragraph.length > 40) return null;
  const m = ZONED_CLOCK.exec(paragraph.trim());
  // Case-insensitive above for "pm" and "Updated"; the zone itself must be written in capitals.
  if (!m || m[1] !== m[1]!.toUpperCase()) return null;
  // "7.05pm QXT" reads as a stamp over an entry that says "QXT": the zone is no entry's text.
  const read = readStamp(paragraph);
  return read && read.text !== m[1] ? null : m[1]!;
}

/** A stamp alone, read or not: a live entry's line, no prose of the article. */
export function isStampLine(paragraph: string): boolean {
  return isStampAlone(paragraph) || unreadZoneStamp(paragraph) !== null;
}
