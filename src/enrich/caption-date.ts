/**
 * A photo caption's date as weaker evidence than the text's own. A caption tells when its photo was
 * taken, which is the event's day for a photo of the event ("The two ministers in Oslo on June 6") but
 * not for a file photo, and captions are written apart from the story. So a caption's
 * date never overrides the text's: it states a day the text only worked out ("on Friday") when the two
 * agree, and it stands in where the text gives no day at all (better than the publication date).
 * Only dates the event-date rules would take from a text (not after publication, not long before it),
 * and never from a caption marked as a file or archive photo.
 */
import type { DateEvidence } from '../model/types.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, type ReferenceTime } from './timex.js';

const FILE_PHOTO = /\b(?:file|archive|archival|undated)\b/i;

/** The date one caption gives as its photo's, read as a text's event date is; null for none. */
function captionDate(caption: string, reference: ReferenceTime): DateEvidence | null {
  if (FILE_PHOTO.test(caption)) return null;
  const sentences = splitSentences(caption);
  const found = chooseEventDate(caption, sentences, findTimexes(caption, sentences, reference), reference);
  return found && !found.fallback && !found.guessedDay ? { ...found, caption: true } : null;
}

/** The event date with the captions' evidence weighed in (see the module's header). */
export function withCaptionDate(own: DateEvidence | null, captions: readonly string[], reference: ReferenceTime | null): DateEvidence | null {
  if (!reference || captions.length === 0) return own;
  if (own && !own.fallback && own.anchoring === 'stated') return own;
  const dates = captions.map((c) => captionDate(c, reference)).filter((d): d is DateEvidence => d !== null);
  if (own && !own.fallback) return dates.find((d) => d.anchoring === 'stated' && d.value === own.value) ?? own;
  // Captions that disagree among themselves say nothing.
  return dates.length > 0 && dates.every((d) => d.value === dates[0]!.value) ? dates[0]! : own;
}
