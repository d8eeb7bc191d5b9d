/**
 * A day a past decision looked ahead to, in a sentence that names the day of the decision: "On Jan. 5,
 * the INS ruled that the boy should be returned by Jan. 14", in a story of April. The modal looks
 * ahead, so the month and day alone had been next January's, nine months after the publication; what a
 * decision of Jan. 5 looked ahead to is the first Jan. 14 after it. The day named first is the
 * sentence's own anchor (TimeML's temporal focus), not the publication.
 */
import type { Timex } from '../model/types.js';
import { addDays, type Day, dayValue } from './timex-calendar.js';

const DAY = /^(\d{4})-(\d\d)-(\d\d)/;
/** A month's name written out or cut short, as a stated date holds it ("Jan. 14", "14 January"). */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** A year written in the reading: it says which year, so nothing is moved. */
const YEAR_WRITTEN = /\d{3,4}|['’]\d\d\b/;
/** How far ahead of the publication a month and day must have been read to be doubted: past the two months a plan is usually reported ahead. */
const AHEAD_DAYS = 60;

const dayOf = (m: RegExpExecArray): Day => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
const key = (d: Day): string => dayValue(d);

/**
 * Not the end of a range ("from Feb. 1, 2015, through May 31"), which runs from its start, not after
 * a decision; nor a day whose year the words after it give ("June 30 of this year").
 */
const RANGE_END_BEFORE = /(?:\b(?:through|thru|to|until|till)|[-–—])\s*$/i;
const YEAR_AFTER = /^,?\s+(?:of\s+)?(?:this|next|last|that|the\s+(?:same|following|previous))\s+year\b/i;

/** The publication day and the day from which a reading counts as far ahead, worked out once per document. */
export interface PastPlanBounds {
  today: string;
  doubtFrom: string;
}

export function pastPlanBounds(reference: Day | null): PastPlanBounds | null {
  return reference ? { today: key(reference), doubtFrom: key(addDays(reference, AHEAD_DAYS)) } : null;
}

/**
 * Moves a month and day read far ahead to the first such day after a past day the sentence named before
 * it (sorted readings). Run on every sentence, so the cheap test comes first: a value past `doubtFrom`.
 */
export function afterStatedPastDay(sorted: Timex[], body: string, bounds: PastPlanBounds | null): void {
  if (!bounds || sorted.length < 2) return;
  const { today, doubtFrom } = bounds;
  for (let i = 1; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t.value.slice(0, 10) <= doubtFrom) continue;
    const own = DAY.exec(t.value);
    if (!own || !MONTH_NAME.test(t.text) || YEAR_WRITTEN.test(t.text.replace(/^\D*\d{1,2}(?:st|nd|rd|th)?\b/, ''))) continue;
    if (RANGE_END_BEFORE.test(body.slice(Math.max(0, t.start - 12), t.start)) || YEAR_AFTER.test(body.slice(t.end, t.end + 30))) continue;
    const anchor = sorted.slice(0, i).reverse().find((k) => {
      const m = DAY.exec(k.value);
      return m !== null && MONTH_NAME.test(k.text) && `${m[1]}-${m[2]}-${m[3]}` < today;
    });
    const at = anchor ? DAY.exec(anchor.value) : null;
    if (!at) continue;
    const from = dayOf(at);
    const month = +own[2]!;
    const date = +own[3]!;
    const sameYear = month > from.month || (month === from.month && date >= from.day);
    const moved: Day = { year: sameYear ? from.year : from.year + 1, month, day: date };
    // Only where the day after the decision is already past: a plan still ahead keeps its reading.
    if (key(moved) < today) t.value = key(moved) + t.value.slice(10);
  }
}
