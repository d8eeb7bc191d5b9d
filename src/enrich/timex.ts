/**
 * Temporal expressions normalised to TimeML values against an explicit reference time (the article's
 * publication time; never the clock). chrono-node finds dates and resolves them to the nearest match;
 * news reports the past, so a refiner moves dates without a stated year, and bare weekdays, into the
 * past unless the sentence speaks of the future. Durations ("for three months") are added by a small
 * rule chrono does not cover.
 */
import * as chrono from 'chrono-node';
import type { Span, Timex } from '../model/types.js';

export interface ReferenceTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock date and time the article was published, in its own time zone. */
export function referenceFrom(publishedAt: string | null): ReferenceTime | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(publishedAt);
  if (!m) return null;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: m[4] ? +m[4] : 12, minute: m[5] ? +m[5] : 0 };
}

const FUTURE = /\b(will|shall|is to|are to|is set to|are set to|plans? to|planned|scheduled|upcoming|expected to|due to)\b/i;
/** How far before a date the words that make it future may stand ("will meet again on Tuesday"). */
const FUTURE_WINDOW = 50;
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const MONTH_CONTEXT = /\b(in|since|until|till|by|last|next|this|early|late|mid|during|from|of|through|before|after|between|and)\s*$/i;

export function findTimexes(body: string, sentences: readonly Span[], reference: ReferenceTime | null): Timex[] {
  const timexes: Timex[] = [];
  const instant = reference ? new Date(reference.year, reference.month - 1, reference.day, reference.hour, reference.minute) : new Date(2000, 0, 1);
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    // Durations first: chrono reads "for three months" as a date three months away.
    const spans = durations(text, sentence.start);
    for (const result of chrono.parse(text, instant, { forwardDate: false })) {
      const start = sentence.start + result.index;
      if (spans.some((d) => start < d.end && d.start < start + result.text.length)) continue;
      const future = FUTURE.test(text.slice(Math.max(0, result.index - FUTURE_WINDOW), result.index));
      const timex = toTimex(result, start, body, reference, future);
      if (timex) timexes.push(timex);
    }
    timexes.push(...spans);
  }
  return timexes.sort((a, b) => a.start - b.start);
}

function toTimex(result: chrono.ParsedResult, start: number, body: string, reference: ReferenceTime | null, future: boolean): Timex | null {
  const text = result.text.replace(/[\s,;:.]+$/, '');
  const c = result.start;
  if (!accept(text, start, body)) return null;
  const relative = !c.isCertain('year');
  if (relative && !reference) return null;
  let year = c.get('year')!;
  let month = c.get('month')!;
  let day = c.get('day')!;
  const dayKnown = c.isCertain('day') || c.isCertain('weekday') || /\b(today|yesterday|tomorrow|tonight|ago|later|earlier)\b/i.test(text);
  const monthKnown = c.isCertain('month') || dayKnown;
  if (reference && !c.isCertain('year')) {
    const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
    let candidate = Date.UTC(year, month - 1, dayKnown ? day : 1);
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      // A bare weekday: the last one on or before the reference, or the next one for future tense.
      const week = 7 * 86400000;
      if (!future && candidate > ref) candidate -= week;
      if (future && candidate < ref) candidate += week;
    } else if (monthKnown && !future) {
      const refMonthStart = Date.UTC(reference.year, reference.month - 1, dayKnown ? reference.day + 1 : 1);
      if (candidate > refMonthStart) candidate = Date.UTC(year - 1, month - 1, dayKnown ? day : 1);
    } else if (monthKnown && future) {
      const refMonthStart = Date.UTC(reference.year, reference.month - 1, dayKnown ? reference.day : 1);
      if (candidate < refMonthStart) candidate = Date.UTC(year + 1, month - 1, dayKnown ? day : 1);
    }
    const d = new Date(candidate);
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  }
  let value: string;
  let type: Timex['type'] = 'DATE';
  if (dayKnown) value = `${year}-${pad(month)}-${pad(day)}`;
  else if (monthKnown) value = `${year}-${pad(month)}`;
  else value = `${year}`;
  if (c.isCertain('hour') && dayKnown) {
    value += `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    type = 'TIME';
  }
  const stated = c.isCertain('month') && (c.isCertain('day') || !dayKnown);
  return { text, value, type, start, end: start + text.length, anchoring: stated ? 'stated' : 'inferred' };
}

/** Rejects chrono's readings of names and modals as dates ("Lee Jun-il", "may"). */
function accept(text: string, start: number, body: string): boolean {
  const after = body.charAt(start + text.length);
  if (after === '-' || after === '‑') return false;
  if (/^(now|present|currently)$/i.test(text.trim())) return false;
  const words = text.trim().split(/\s+/);
  if (words.length === 1 && MONTH_WORD.test(words[0]!)) {
    if (/^may$/i.test(words[0]!) && words[0] === 'may') return false;
    const before = body.slice(Math.max(0, start - 20), start);
    if (!MONTH_CONTEXT.test(before)) return false;
    // A capitalised word before a month abbreviation is a name ("Lee Jun").
    if (/\p{Lu}\p{Ll}+\s$/u.test(before) && words[0]!.length <= 4) return false;
  }
  return true;
}

const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: -1, few: -1 };
const DURATION = /\b(?:for|over|within|in|after|the past|the last|nearly|almost|about|some|more than)\s+(?:(?:the\s+)?(?:past|last)\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s+(years?|months?|weeks?|days?|hours?|minutes?|decades?)\b(?!\s+(?:ago|earlier|later|before|after))/gi;

function durations(text: string, offset: number): Timex[] {
  const out: Timex[] = [];
  for (const m of text.matchAll(DURATION)) {
    const count = m[1]!.toLowerCase();
    const n = /^\d+$/.test(count) ? +count : NUMBERS[count.replace(/^a few$/, 'few')] ?? -1;
    const unit = m[2]!.toLowerCase().replace(/s$/, '');
    const amount = n < 0 ? 'X' : String(unit === 'decade' ? n * 10 : n);
    const code = { year: 'Y', decade: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M' }[unit]!;
    const value = unit === 'hour' || unit === 'minute' ? `PT${amount}${code}` : `P${amount}${code}`;
    const phrase = m[0].slice(m[0].search(new RegExp(`\\b${m[1]}\\b`, 'i')));
    const start = offset + m.index! + m[0].length - phrase.length;
    out.push({ text: phrase, value, type: 'DURATION', start, end: start + phrase.length, anchoring: 'stated' });
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
