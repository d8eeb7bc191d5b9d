/**
 * A range of days written day first, the month once after the second ("from 12 to 15 June",
 * "12-15 June 2009", "on 7 and 8 March"): the first day is a day of that month too. chrono-node read
 * the second day alone, and "from 12 to 15 June" as the clock hours 12 to 15 in June, which left the
 * month (2009-06) on "15 June". The month-first order ("June 12 to 15") was read already
 * (timex-anaphora.ts, the bare day after a month and day).
 */
import type { Timex } from '../model/types.js';
import { pad } from './timex-calendar.js';

/** A reading that opens on a day number and a month's name ("15 June", "8 March 2009", "2nd of May"). */
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?$/;
/**
 * The first day and its link, just before the second: "12 to ", "12-", "7 and ", "3rd through ". Not a
 * figure's part ("1.5 to", "$3 to", "2,000 and", "10:30 to") nor a score's ("2-1"): no digit, point,
 * comma, colon or currency sign right before it.
 */
const FIRST_DAY = /(?<![\d.,:$£€-])\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until|till|through|and|or|&)\s*$/i;

/**
 * Adds the first day of each such range to `sorted` (readings of one sentence, by start), and gives
 * the second its day where the clock reading had left it the month. Mutates `sorted` in place.
 */
export function firstDayOfRange(sorted: Timex[], body: string): void {
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    const day = DAY_MONTH.exec(t.text);
    const value = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(t.value);
    if (!day || !value || t.type !== 'DATE') continue;
    const before = body.slice(Math.max(0, t.start - 24), t.start);
    const first = FIRST_DAY.exec(before);
    if (!first) continue;
    const [firstDay, secondDay] = [+first[1]!, +day[1]!];
    if (firstDay < 1 || firstDay >= secondDay || secondDay > 31) continue;
    const month = `${value[1]}-${value[2]}`;
    if (value[3] === undefined) t.value = `${month}-${pad(secondDay)}`;
    else if (+value[3] !== secondDay) continue;
    const start = t.start - before.length + first.index;
    const end = start + first[1]!.length;
    if (sorted.some((o) => o.start < end && start < o.end)) continue;
    sorted.splice(i, 0, { text: body.slice(start, end), value: `${month}-${pad(firstDay)}`, type: 'DATE', start, end, anchoring: t.anchoring });
    i++;
  }
}
