/**
 * What ties a report of no meeting to a meeting days away as one event (meeting-days.ts): the span the
 * meeting's lead announces ("met in Rio on Monday for a three-day summit", "talks running until Friday"),
 * and a lead that tells a meeting's outcome ("The Group of 20 on Wednesday adopted a joint declaration in
 * Rio") with the meeting's body and place (review74 fault 6: the declaration was split from its summit).
 */
import { shiftDays } from '../util/dates.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "a three-day summit", "two-day talks", "the 3-day meeting of ministers": the meeting's length in days. */
const DAYS_LONG = /\b(two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\p{L}-]+\s+){0,3}?(?:summit|meeting|talks|conference|session|gathering|forum|ministerial|negotiations|congress|assembly)\b/iu;

/** "talks running until Friday", "a summit that ends on Wednesday", "meeting through Thursday". */
const RUNS_UNTIL =
  /\b(?:summit|meeting|talks|conference|session|gathering|forum|ministerial|negotiations)\b[^.;]{0,40}?\b(?:running|lasting|runs|lasts|continuing|continues|ending|ends|due\s+to\s+(?:end|close|conclude|run)|(?:that|which)\s+(?:ends|closes|runs|concludes))\s+(?:until|till|through|to|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The last day of the meeting a lead announces a span for, the meeting being on `day` (YYYY-MM-DD);
 * null where it announces none.
 */
export function meetingLastDay(lead: string, day: string): string | null {
  const long = DAYS_LONG.exec(lead);
  if (long) {
    const word = long[1]!.toLowerCase();
    const days = NUMBER_WORDS[word] ?? Number(word);
    return shiftDays(day, days - 1);
  }
  const until = RUNS_UNTIL.exec(lead);
  if (until) {
    // The first such weekday on or after the meeting's day: a meeting runs forward, within a week.
    const today = new Date(`${day}T00:00:00Z`).getUTCDay();
    const ahead = (WEEKDAYS.indexOf(until[1]!.toLowerCase()) - today + 7) % 7;
    return shiftDays(day, ahead);
  }
  return null;
}

/**
 * A meeting's outcome told as the lead's act: a declaration or communique adopted, agreed, issued or
 * signed ("adopted a joint declaration", "issued a final communique"), or the gathering concluded with
 * one. Not a sanctions package or a law "adopted": only a meeting's text.
 */
const OUTCOME =
  /\b(?:adopted|adopts|agreed|agrees|approved|approves|issued|issues|signed|signs|endorsed|endorses|released|unveiled|concluded|ended|closed|wrapped\s+up)\b[^.;]{0,60}?\b(?:declarations?|communiqu[eé]s?|joint\s+statement|final\s+statement|closing\s+statement|leaders['’]\s+statement)\b/iu;

/** Whether a lead sentence tells a meeting's outcome (a declaration, a communique). */
export function leadsWithMeetingOutcome(lead: string): boolean {
  return OUTCOME.test(lead);
}

/** Words that join a name's capitalised words ("Group of 20", "Rio de Janeiro"). */
const JOINERS = new Set(['of', 'the', 'de', 'do', 'da', 'du', 'des', 'la', 'le', 'for']);
/** Capitalised words that open a run but name nothing: a sentence's first "The", "Leaders of", days, months. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'leaders', 'ministers', 'heads', 'delegates', 'envoys', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/**
 * The names a lead writes in capitals, folded, one per run of capitalised and joining words, without
 * the words that open it and name nothing: "Leaders of the Group of 20 met in Rio de Janeiro" gives
 * "group of 20" and "rio de janeiro".
 */
export function leadNameKeys(lead: string): string[] {
  const keys = new Set<string>();
  const words = lead.split(/[\s,;:()"“”]+/).map((w) => w.replace(/['’]s$|[.!?]$/u, ''));
  let run: string[] = [];
  const flush = (): void => {
    let from = 0;
    while (from < run.length && (NOT_NAMES.has(run[from]!.toLowerCase()) || JOINERS.has(run[from]!.toLowerCase()))) from++;
    let to = run.length;
    while (to > from && JOINERS.has(run[to - 1]!.toLowerCase())) to--;
    if (to > from && !/^\d+$/.test(run[from]!)) keys.add(run.slice(from, to).join(' ').toLowerCase());
    run = [];
  };
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || (run.length > 0 && (/^\d+$/.test(w) || JOINERS.has(w.toLowerCase())))) run.push(w);
    else flush();
  }
  flush();
  return [...keys].sort();
}
