/**
 * An outbreak's counts of cases as a report states them, read so that the reports of one day can be
 * set side by side (measure-discrepancies.ts): "health officials have recorded 412 suspected cases",
 * "more than 380 suspected cases of cholera", "57 confirmed cases", "61 cases had been confirmed".
 * Outlets quoting a ministry, an aid group and the WHO on one day gave these differently and nothing
 * compared them: the sentences are worded too unlike to be one fact, and count-discrepancies.ts leaves
 * "cases" out for the sake of a city's crimes and a court's docket.
 *
 * Each count keeps what it counts (`thing`): suspected, confirmed, probable or plain cases are
 * different quantities, never compared with each other, and deaths are the running toll's
 * (running-toll.ts). A day's new cases ("71 new cases", "in the past 24 hours") and a part of the total
 * ("120 of them", "in the capital alone", "including 40 children") are not read: each counts less
 * than the outbreak. Cumulative counts rise day by day, so measure-discrepancies.ts compares only
 * figures told on one day.
 */
import { BOUND, DIGITS, RANGE_AFTER, RANGE_BEFORE, countReading, type Measured } from './measure-figures.js';
import { NUMBER as WORD_NUMBER } from './bounded-figure.js';
import { countPeriod } from './count-period.js';

/** A word of an outbreak: a sentence with none of these and no "suspected" or "confirmed" counts no illness. */
export const OUTBREAK_WORDS = /\b(?:outbreak|epidemic|pandemic|cholera|measles|mpox|ebola|marburg|dengue|malaria|diphtheria|meningitis|typhoid|polio|plague|anthrax|influenza|flu|virus|viral|infections?|infected|disease|fever|illness|patients|health)\b/i;

const COUNT = String.raw`${DIGITS}|${WORD_NUMBER}`;
const STATUS = String.raw`(suspected|confirmed|laboratory-confirmed|lab-confirmed|probable)`;
/** "412 suspected cases", "57 confirmed cholera cases", "more than 380 suspected cases of cholera", "1,204 cases". */
const CASES = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT})\s+(?:(new|additional|more|further|fresh)\s+)?(?:${STATUS}\s+)?(?:(?!of\b|and\b|or\b)[\p{Ll}-]+\s+)?cases\b(?!\s+of\s+(?:fraud|abuse|corruption|theft|assault|violence|rape|torture|misconduct|harassment|bribery|trafficking|domestic)\b)`, 'giu');
/** "61 cases had been confirmed", "57 cases were confirmed by laboratory tests". */
const CASES_WERE = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT})\s+(?:(?!of\b|and\b|or\b)[\p{Ll}-]+\s+)?cases\s+(?:had\s+been|have\s+been|were|had\s+now\s+been|have\s+now\s+been)\s+(confirmed|laboratory-confirmed)\b`, 'giu');

/** "Laboratory tests have confirmed 57 cases", "the ministry confirmed 61 cases of cholera". */
const CONFIRMED_CASES = new RegExp(String.raw`\b(?:confirmed|have\s+confirmed|has\s+confirmed|had\s+confirmed)\s+${BOUND}(${COUNT})\s+(?:(?!of\b|and\b|or\b|new\b)[\p{Ll}-]+\s+)?cases\b`, 'giu');

const OTHER_YEARS = /\b(?:between\s+(?:19|20)\d\d|in\s+recent\s+years|annually|each\s+year|every\s+year|a\s+year|per\s+year|since\s+(?:19|20)\d\d)\b/i;
/** A kind of case that is a part of the count, or of another count: "human cases", "imported cases", "severe cases". */
const PART_KIND = /^(?:human|animal|imported|local|locally-acquired|severe|fatal|active|mild|paediatric|pediatric|child|adult|travel-related)$/i;

/** A part of the outbreak's count: "of them", "of which", "including", a place or group "alone". */
const PART_BEFORE = /\b(?:of\s+(?:them|those|which|these|whom)|including|among\s+them|among\s+those|such\s+as)\s*,?\s*$/i;
const PART_AFTER = /^[^,.;:]{0,40}?\b(?:alone|among\s+(?:children|health\s+workers|women)|were\s+children)\b/i;

function status(word: string | undefined): string {
  const w = (word ?? '').toLowerCase();
  if (w === 'laboratory-confirmed' || w === 'lab-confirmed') return 'confirmed';
  return w;
}

/** The counts of cases one clause states; `sentence`: the clause's whole sentence. */
export function outbreakCasesIn(text: string, sentence: string = text): Measured[] {
  if (!/\bcases\b/i.test(text)) return [];
  const named = /\b(?:suspected|confirmed|probable)\b/i.test(sentence);
  if (!named && !OUTBREAK_WORDS.test(sentence)) return [];
  // A yearly rate or years' tally ("23 million cases annually", "26 cases between 2009 and 2018") is no count of this outbreak.
  if (OTHER_YEARS.test(sentence)) return [];
  const out: Measured[] = [];
  const push = (m: RegExpMatchArray, bound: string | undefined, raw: string, thing: string): void => {
    const start = m.index!;
    const end = start + m[0].length;
    if (PART_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PART_AFTER.test(text.slice(end))) return;
    // "between 380 and 412 suspected cases": a range, no one figure.
    const rawAt = start + m[0].indexOf(raw);
    if (RANGE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || RANGE_AFTER.test(text.slice(rawAt + raw.length))) return;
    // One day's news ("in the past 24 hours") is not the outbreak's count.
    if (countPeriod(text, start) === 'daily') return;
    // "23 million cases": a scale this reader does not count in.
    if (/^\s+(?:million|billion|thousand|hundred)\b/i.test(text.slice(rawAt + raw.length))) return;
    const reading = countReading(raw, bound);
    if (!reading) return;
    const shown = [bound?.toLowerCase().replace(/\s+/g, ' '), raw, thing, 'cases'].filter(Boolean).join(' ');
    if (!out.some((o) => o.start < end && start < o.end)) out.push({ kind: 'cases', thing, written: shown, start, end, reading });
  };
  // "61 cases had been confirmed" first: its cases are the confirmed ones, not plain cases.
  for (const m of text.matchAll(CASES_WERE)) push(m, m[1], m[2]!, status(m[3]));
  for (const m of text.matchAll(CONFIRMED_CASES)) push(m, m[1], m[2]!, 'confirmed');
  for (const m of text.matchAll(CASES)) {
    if (m[3] || PART_KIND.test(/(\S+)\s+cases$/i.exec(m[0])?.[1] ?? '')) continue;
    push(m, m[1], m[2]!, status(m[4]));
  }
  return out;
}
