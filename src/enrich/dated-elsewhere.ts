/**
 * Sentences dated to another time than the event's: "A magnitude 8.0 earthquake near Pisco in August
 * 2007 killed more than 500 people", "the quake of June 2001, which killed about 145", "collided with
 * a supply boat on Oct. 27, injuring four sailors" (in a story of Nov. 19). Their tolls are earlier
 * events', not this one's. A sentence that also names a day or a month near the event's ("Smith,
 * convicted in 2015, shot two men on Saturday") is the event's; a year that holds the event's day
 * ("the fourth such incident this year") names none. A follow-up's incident is the event's too: when
 * the article's event date is the incident's own day, that day is no other time.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';
import { utc } from '../util/dates.js';

/** How long before the event's day a date must end to be another time's. */
const APART_DAYS = 10;
const DAY_MS = 86_400_000;

/** The first and last day a date value covers, as times; null for what is no calendar period (PAST_REF, P1M, XXXX-...). */
function period(value: string): { first: number; last: number } | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) {
    const at = utc(+day[1]!, +day[2]! - 1, +day[3]!);
    return { first: at, last: at };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { first: utc(+month[1]!, +month[2]! - 1, 1), last: utc(+month[1]!, +month[2]!, 1) - DAY_MS };
  const year = /^(\d{4})$/.exec(value);
  if (year) return { first: utc(+year[1]!, 0, 1), last: utc(+year[1]! + 1, 0, 1) - DAY_MS };
  return null;
}

/** A sentence dated to another time, and the first such date it gives (its TimeML value). */
export interface DatedElsewhere extends Span {
  value: string;
}

/** The sentences that hold a date ending well before the event's day and none near it. */
export function sentencesDatedElsewhere(sentences: readonly Span[], timexes: readonly Timex[], eventDate: DateEvidence | null): DatedElsewhere[] {
  const event = eventDate ? period(eventDate.value) : null;
  if (!event) return [];
  const elsewhere: DatedElsewhere[] = [];
  let t = 0;
  const sorted = [...timexes].filter((x) => x.type === 'DATE' || x.type === 'TIME').sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    while (t < sorted.length && sorted[t]!.start < sentence.start) t++;
    let before: string | null = null;
    let near = false;
    for (let i = t; i < sorted.length && sorted[i]!.start < sentence.end; i++) {
      const span = period(sorted[i]!.value);
      if (!span) continue;
      if (span.last < event.first - APART_DAYS * DAY_MS) before ??= sorted[i]!.value;
      // A year that holds the event's day ("the fourth such incident this year") names no day of it.
      else if (span.last - span.first <= 31 * DAY_MS) near = true;
    }
    if (before !== null && !near) elsewhere.push({ start: sentence.start, end: sentence.end, value: before });
  }
  return elsewhere;
}
