/**
 * A page with no publication date ("Incident notice ... At 0530 UTC on 14 March 2022 a vessel was
 * boarded") still writes its incident's day out in full. Without a reference time no weekday or
 * "yesterday" can be resolved, and the event-date chooser gave up; yet a day with its month and year
 * written needs no reference. The first such day in the text is taken: reports give the incident's
 * day before any later step's.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}(?:$|T)/;
/** A day the text plans or expects is no incident's. */
const AHEAD = /\b(?:will|shall|is due|are due|scheduled|expected to|planned|until)\b/i;

/** The first fully written day in a sentence that does not look ahead, as the event's date; or null. */
export function undatedPageDay(body: string, sentences: readonly Span[], timexes: readonly Timex[]): DateEvidence | null {
  for (const timex of [...timexes].sort((a, b) => a.start - b.start)) {
    if (timex.anchoring !== 'stated' || !FULL_DAY.test(timex.value)) continue;
    const sentence = sentences.find((s) => s.start <= timex.start && timex.end <= s.end);
    const text = sentence ? body.slice(sentence.start, sentence.end) : body.slice(timex.start, timex.end);
    if (AHEAD.test(text)) continue;
    return { value: timex.value.slice(0, 10), anchoring: 'stated', fallback: false, text: timex.text, sentence: text.trim() };
  }
  return null;
}
