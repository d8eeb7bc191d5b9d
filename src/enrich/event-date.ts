/**
 * The date of the reported event: the first day-precise date in the article that is not after its
 * publication and not long before it (older dates belong to earlier events). Whether the article wrote
 * the date out (stated) or it was worked out from "on Friday" (inferred) is kept with the evidence.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';
import type { ReferenceTime } from './timex.js';

/** How far before publication a date may lie and still be the reported event. */
const WINDOW_DAYS = 10;

export function chooseEventDate(body: string, sentences: readonly Span[], timexes: readonly Timex[], reference: ReferenceTime | null): DateEvidence | null {
  if (!reference) return null;
  const published = Date.UTC(reference.year, reference.month - 1, reference.day);
  for (const timex of timexes) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex.value);
    if (!day) continue;
    const at = Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!);
    if (at > published + 86400000 || published - at > WINDOW_DAYS * 86400000) continue;
    const sentence = sentences.find((s) => s.start <= timex.start && timex.end <= s.end);
    return { value: day[0], anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: sentence ? body.slice(sentence.start, sentence.end) : timex.text };
  }
  const date = `${reference.year}-${String(reference.month).padStart(2, '0')}-${String(reference.day).padStart(2, '0')}`;
  return { value: date, anchoring: 'inferred', fallback: true, text: 'publication date', sentence: '' };
}
