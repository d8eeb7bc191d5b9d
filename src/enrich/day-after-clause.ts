/**
 * "A bomb killed nine in Baghdad on Wednesday, a day after the UN warned on Tuesday that ...": the
 * clause after "a day after" tells an earlier thing, and the day it gives is that thing's, never the
 * sentence's own act's. A day is such a clause's where the same sentence names a day before it, the
 * words between set a span of days after that day ("on Wednesday, two days after ... on Monday"), and
 * the two days lie that span apart. The span check keeps a day whose first has already been moved back
 * to the clause's event ("restored its systems on Friday, three days after hackers broke in",
 * days-after.ts), and a day the writer set apart by some other span, as they were.
 */
import type { Timex } from '../model/types.js';
import { utc } from '../util/dates.js';

const SPAN_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * From the first day to the second: at most a short phrase of the first's (", in Baghdad"), a comma,
 * the span and "after", then the earlier thing's words, with no sentence break or semicolon.
 */
const SPAN_AFTER = /^[^,.;]{0,30}?,\s+(a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+after\s[^.;!?]{0,120}$/i;

const DAY_MS = 86_400_000;

function dayAt(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? utc(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}

/**
 * Whether `timexes[i]` is the day of the earlier thing a "<span> after" clause tells, after a day its
 * sentence (from `sentenceStart`) named first.
 */
export function dayOfAfterClause(body: string, timexes: readonly Timex[], i: number, sentenceStart: number): boolean {
  const timex = timexes[i]!;
  const at = dayAt(timex.value);
  if (at === null) return false;
  for (let k = i - 1; k >= 0; k--) {
    const first = timexes[k]!;
    if (first.start < sentenceStart) return false;
    if (first.end > timex.start || (first.type !== 'DATE' && first.type !== 'TIME')) continue;
    const firstAt = dayAt(first.value);
    if (firstAt === null) continue;
    const m = SPAN_AFTER.exec(body.slice(first.end, timex.start));
    if (!m) return false;
    const n = SPAN_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    return firstAt - at === n * DAY_MS;
  }
  return false;
}
