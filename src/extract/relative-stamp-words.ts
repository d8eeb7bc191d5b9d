/**
 * A page's short relative stamp written out the way chrono-node reads it: "5 mins ago", "2 hrs ago",
 * "1 hr ago", "3h ago", "an hour ago", "a minute ago" become "5 minutes ago", "2 hours ago", "1 hours
 * ago", "3 hours ago", "1 hours ago", "1 minutes ago". chrono reads only the full words with a figure,
 * so these stamps gave no date and could stand as a headline (review74). Only a line that is the stamp
 * and nothing else: "Protesters marched an hour ago" is a sentence, left as it is. A bare "m" or "y"
 * (minutes or months?) is left too.
 */

const UNITS: Record<string, string> = {
  s: 'seconds', sec: 'seconds', secs: 'seconds', second: 'seconds', seconds: 'seconds',
  min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours',
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', wks: 'weeks', week: 'weeks', weeks: 'weeks',
  mo: 'months', mos: 'months', month: 'months', months: 'months',
  yr: 'years', yrs: 'years', year: 'years', years: 'years',
};

const STAMP = /^(a|an|\d{1,3})\s*([a-z]{1,7})\.?\s+ago\.?$/i;

/** The stamp with its count in figures and its unit in full, or the text as it is where it is no such stamp. */
export function spelledOutAgo(text: string): string {
  const m = STAMP.exec(text.trim());
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || !unit) return text;
  const count = /^an?$/i.test(m[1]!) ? '1' : m[1]!;
  return `${count} ${unit} ago`;
}
