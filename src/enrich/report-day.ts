/**
 * A periodic report's own day: "said in its annual report published on Wednesday", "released its yearly
 * index on Tuesday". A watchdog's or an agency's report, index or census is news on the day it comes
 * out; the days its figures are counted to ("behind bars worldwide on November 1", "as of December 1",
 * "in the twelve months to March 1") are reference days of the count, not of anything that happened.
 * Only a periodic report or an index, census, survey or ranking: "a police report released Monday" is a
 * step after an incident and stays a telling (event-date.ts).
 */

import type { Span } from '../model/types.js';

const PERIODIC = String.raw`(?:annual|yearly|year-end|quarterly|monthly|biennial|twice-yearly)`;
/** The report: periodic, or a kind of publication that is one by nature. */
const REPORT = String.raw`(?:${PERIODIC}\s+(?:[\w-]+\s+){0,2}?(?:report|index|survey|census|ranking|review|study|tally|audit)|index|census|survey|ranking)`;
const PUBLISHED = String.raw`(?:published|released|issued|launched|unveiled|presented|made\s+public)`;
const DAY_OPENING = String.raw`\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`;
/**
 * Words right before the day: "its annual report published on", "the index, released", "released its
 * annual press-freedom index on", "said in its yearly census on".
 */
const REPORT_PUBLISHED_BEFORE = new RegExp(
  String.raw`\b${REPORT}s?,?\s+(?:(?:which|that)\s+(?:was|were)\s+|was\s+|were\s+)?${PUBLISHED}${DAY_OPENING}` +
    String.raw`|\b${PUBLISHED}\s+(?:its|their|the|a|an|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?${REPORT}s?${DAY_OPENING}` +
    String.raw`|\bin\s+(?:its|their|the|a|an)\s+${REPORT}${DAY_OPENING}`,
  'i',
);

/** Whether the words before a day tell a periodic report's publication on it. */
export function reportPublished(before: string): boolean {
  return REPORT_PUBLISHED_BEFORE.test(before.slice(-120));
}

/** "as of December 1": the day a count stands at. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s+(?:(?:early|late)\s+)?$/i;
/**
 * "in the twelve months to November 1", "over the year ending March 31", "for the period up to June 30":
 * the end of a span a count covers.
 */
const PERIOD_END_BEFORE = /\b(?:in|over|during|for|across)\s+the\s+(?:(?:past|last|previous|preceding)\s+)?(?:[\w-]+\s+)?(?:months?|weeks?|years?|period)\s+(?:to|ending|ended|up\s+to|through)\s+$/i;

/** Whether the words before a day make it the reference day of a count ("as of", "in the twelve months to"). */
export function countReferenceDay(before: string): boolean {
  const near = before.slice(-60);
  return AS_OF_BEFORE.test(near) || PERIOD_END_BEFORE.test(near);
}

/** Whether the words before a day end a span a count covers ("in the twelve months to"): never an event's day. */
export function periodEnd(before: string): boolean {
  return PERIOD_END_BEFORE.test(before.slice(-60));
}

/**
 * Whether the report whose publication day is at `reportStart` (in sentence `reportSentence`) is the
 * article's own news: nothing before it in the article tells an act (`tellsAct`), neither an earlier
 * sentence nor the words of its own sentence before another of its days. "A bomb killed nine people in
 * Baghdad on Wednesday ... a day after the United Nations, in its annual report released on Tuesday,
 * warned" cites the report as background to the bombing; "A record 361 reporters were behind bars on
 * November 1, the group said in its annual report published on Wednesday" is the report's news.
 */
export function reportLeads(body: string, sentences: readonly Span[], reportSentence: number, reportStart: number, otherDays: readonly Span[], tellsAct: (text: string) => boolean): boolean {
  if (reportSentence < 0) return false;
  for (let j = 0; j < reportSentence; j++) if (tellsAct(body.slice(sentences[j]!.start, sentences[j]!.end))) return false;
  // A day before the report's in its own sentence, after an act ("killed nine on Wednesday, a day after
  // ... released on Tuesday"); not a count's day ("were behind bars on November 1, ... published on Wednesday").
  const own = sentences[reportSentence]!;
  return !otherDays.some((d) => d.start >= own.start && d.end <= reportStart && tellsAct(body.slice(own.start, d.start)));
}
