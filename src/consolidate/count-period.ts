/**
 * What span of time a count is over, by the words of its sentence: a running total ("since the start
 * of the outbreak", "so far", "to date", "a cumulative total of", "bringing the total to") grows from
 * report to report, and a daily figure ("in the past 24 hours", "on Monday alone", "new cases") counts
 * one day's news only. A daily figure is never the same count as a running total, and two reports'
 * daily figures of different days are two counts; running totals that rise from day to day are one
 * count revised (running-totals.ts).
 */

export type CountPeriod = 'daily' | 'running' | '';

const DAILY = /\b(?:(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|(?:in|over)\s+the\s+(?:past|last|previous)\s+day|overnight|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+alone|in\s+a\s+single\s+day|daily|per\s+day)\b/gi;
const RUNNING = /\b(?:since|so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?|in\s+total|(?:the|a)\s+(?:overall\s+)?total\s+(?:of|to|at|reached|stands|stood|rose|climbed|is|was)|altogether|in\s+all)\b/gi;

/** Each marker of a period in a sentence, where it starts and ends. */
function markers(text: string): { start: number; end: number; period: Exclude<CountPeriod, ''> }[] {
  const found: { start: number; end: number; period: Exclude<CountPeriod, ''> }[] = [...text.matchAll(DAILY)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, period: 'daily' }));
  for (const m of text.matchAll(RUNNING)) found.push({ start: m.index!, end: m.index! + m[0].length, period: 'running' });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The period of the count at `start` of a sentence: the nearest marker before it ("In the past 24
 * hours, 71 cases ..., bringing the total to 1,805 cases": 71 daily, 1,805 running), else the first
 * after it ("312 cases ... since the start of the outbreak"); empty where the sentence says none.
 */
export function countPeriod(text: string, start: number): CountPeriod {
  const found = markers(text);
  if (found.length === 0) return '';
  // A count inside a marker is counted over it ("in the past 24 hours").
  const before = found.filter((m) => m.start <= start).pop();
  if (before) return before.period;
  return found.find((m) => m.start >= start)?.period ?? '';
}
