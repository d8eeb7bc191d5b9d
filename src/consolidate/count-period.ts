/**
 * What span of time a count is over, by the words of its sentence: a running total ("since the start
 * of the outbreak", "so far", "to date", "a cumulative total of", "bringing the total to") grows from
 * report to report, and a daily figure ("in the past 24 hours", "on Monday alone", "new cases") counts
 * one day's news only. A daily figure is never the same count as a running total, and two reports'
 * daily figures of different days are two counts; running totals that rise from day to day are one
 * count revised (running-totals.ts).
 *
 * A count told in the present perfect with no marker at all ("690,000 people have received the
 * vaccine", "clinics have treated 2,300 patients", "4,100 children have been vaccinated") is a running
 * total too: the perfect counts everything up to the report's day, not one day's news.
 */

export type CountPeriod = 'daily' | 'running' | '';

const DAILY = /\b(?:(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|(?:in|over)\s+the\s+(?:past|last|previous)\s+day|overnight|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+alone|in\s+a\s+single\s+day|daily|per\s+day)\b/gi;
const RUNNING = /\b(?:since|so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?|in\s+total|(?:the|a)\s+(?:overall\s+)?total\s+(?:of|to|at|reached|stands|stood|rose|climbed|is|was)|altogether|in\s+all)\b/gi;

/** Quantifiers that may stand between a perfect verb and its count ("has treated more than 2,300"). */
const QUANTIFIER = String.raw`(?:(?:more|fewer|less)\s+than|at\s+least|about|around|some|nearly|almost|over|roughly|close\s+to|well\s+over)`;
/** A perfect verb: "have received", "has been vaccinated", "have now treated", "has reached". */
const PERFECT = String.raw`\b(?:have|has)\s+(?:(?:now|already|so\s+far|also)\s+)?(?:been\s+)?(?:had|(?!been\b)[a-z]+(?:ed|en|wn|ne|t))\b`;
/** The count, up to four words of its noun, then the perfect: "690,000 people in Lusaka have received". */
const PERFECT_AFTER = new RegExp(String.raw`^\S+(?:\s+(?:million|thousand|hundred))?(?:\s+(?!and\b|or\b|but\b|while\b)[\p{L}'’-]+){0,4}?\s+${PERFECT}`, 'iu');
/** The perfect, then the count: "the clinics have treated 2,300". */
const PERFECT_BEFORE = new RegExp(String.raw`${PERFECT}\s+(?:to\s+)?(?:${QUANTIFIER}\s+)?$`, 'i');

/** Whether the count at `start` is told in the present perfect, within its own clause. */
function toldInPerfect(text: string, start: number): boolean {
  // A clause ends at a comma or colon before a space (not one inside "52,000"), a semicolon or a spaced dash.
  const after = text.slice(start, start + 90).split(/[,:](?=\s)|;|\s[-–—]\s/)[0]!;
  const before = text.slice(Math.max(0, start - 70), start).split(/[,:](?=\s)|;|\s[-–—]\s/).pop()!;
  return PERFECT_AFTER.test(after) || PERFECT_BEFORE.test(before);
}

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
  if (found.length === 0) return toldInPerfect(text, start) ? 'running' : '';
  // A count inside a marker is counted over it ("in the past 24 hours").
  const before = found.filter((m) => m.start <= start).pop();
  if (before) return before.period;
  return found.find((m) => m.start >= start)?.period ?? '';
}
