/**
 * The figures of a detention case and of a police operation that a report states in set phrases, read
 * so that reports of one event can be compared (case-discrepancies.ts): how long someone was held ("held
 * for 40 days", "spent 38 days in detention"), the day custody runs to ("in custody until January 2"),
 * the sentence faced ("faces up to 20 years in prison", "carries a sentence of up to life"), the size of
 * the force that raided or searched ("About 200 police officers ... searched", "More than 300 officers
 * raided") and of a crowd outside a court or an office ("About 50 people ... stood outside the court").
 * The outlets of a press-freedom desk give these differently often enough (review ux72b) and no other
 * reading compared them: the sentences are worded too unlike to be one fact, and counts of people and
 * of days are left out of count-discrepancies.ts for the sake of tolls. Only these phrases are read: a
 * figure in any other wording says too little of what it counts.
 */
import { BOUND, NUMBER, boundedFigure, type BoundedFigure } from './bounded-figure.js';
import { namesPerson } from './case-person.js';

export type CaseFigureKind = 'days held' | 'held until' | 'sentence faced' | 'officers' | 'crowd';

export interface CaseFigure {
  kind: CaseFigureKind;
  /** As shown: "40 days", "January 2", "up to 20 years", "about 200". */
  written: string;
  /** What two figures must share to be one value: "40", "01-02", "20 years". */
  key: string;
  /** For counts, the values the wording allows. */
  figure?: BoundedFigure;
}

const HELD = String.raw`(?:held|detained|jailed|imprisoned|kept|locked\s+up|behind\s+bars)`;
/** "held" and "kept" tell a detention only of a person: "The festival was held for three days" is none. */
const HELD_OF_THINGS = /^(?:held|kept)$/i;
const CUSTODY = String.raw`(?:pretrial\s+detention|police\s+custody|detention|custody|jail|prison|bars)`;
/** "held for 40 days", "detained without charge for 40 days", "held for 40 days without charge". */
const HELD_FOR = new RegExp(String.raw`\b(${HELD})\s+(?:[\p{L}-]+\s+){0,3}?for\s+(${BOUND})(${NUMBER})\s+days\b`, 'giu');
/** "spent 38 days in detention", "after 40 days behind bars", "40 days in custody". */
const DAYS_IN = new RegExp(String.raw`(?<![\p{L}\d-])(${BOUND})(${NUMBER})\s+days\s+(?:in|of|behind)\s+${CUSTODY}\b`, 'giu');

/** Days in jail as a sentence or its credit, not days held: "sentenced to 90 days in jail", "credit for 143 days". */
const SERVED = /\b(?:sentenced\s+to|credit\s+for|serve|serving|served|given|term\s+of)(?:\s+(?:a\s+total\s+of|a\s+further|another))?\s+$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * "held in pretrial detention for two months, until January 3", "must stay in custody until January 2",
 * "remanded until": a person's custody, not "kept schools closed until" nor "the jail was locked down until".
 */
const UNTIL = new RegExp(String.raw`\b(?:detained|jailed|imprisoned|remanded|behind\s+bars|(?:in|into)\s+${CUSTODY})\b[^.;:]{0,80}?\buntil\s+(?:(${MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))\b(?!,?\s+\d{4}\s+(?:and|to)\b)`, 'gu');

/**
 * "faces up to 20 years in prison", "carries a sentence of up to life imprisonment", "could be jailed for
 * up to ten years"; not a range to life ("up to 75 years to life"), which no single figure gives.
 */
const FACED = new RegExp(
  String.raw`\b(?:faces?|faced|facing|carr(?:y|ies|ied)|punishable\s+by|(?:jailed|imprisoned|sentenced)\s+for)\s+(?:an?\s+(?:maximum\s+)?(?:sentence|penalty|term|prison\s+term)\s+of\s+|a\s+maximum\s+of\s+)?up\s+to\s+(?:(life)\b|(${NUMBER})\s+years\b(?!\s+to\s+life\b))`,
  'giu',
);

/** The force of a raid or search: "About 200 police officers from the national security department searched". */
const FORCE = String.raw`(?:(?:riot|armed|plainclothes|plain-clothes|uniformed|police|security|national\s+security|counter-terrorism|federal)\s+){0,3}(?:officers|policemen|agents)`;
const ACT = String.raw`(?:raided|searched|stormed|swooped|descended|took\s+part\s+in\s+the\s+(?:raid|search|operation)|were\s+involved\s+in\s+the\s+(?:raid|search|operation)|carried\s+out\s+the\s+(?:raid|search|operation))`;
const OFFICERS = new RegExp(String.raw`(?<![\p{L}\d-])(${BOUND})(${NUMBER})\s+${FORCE}(?:\s+(?:from|of)\s+[^,.;:]{1,60}?)?\s+${ACT}\b`, 'giu');
const RAIDED_BY = new RegExp(String.raw`\b(?:raided|searched|stormed)\s+by\s+(${BOUND})(${NUMBER})\s+${FORCE}\b`, 'giu');

/**
 * A crowd outside a court, a jail or an office: "About thirty supporters gathered outside the
 * courthouse", "About 50 people, many of them local journalists, stood outside the court". Only at such
 * a building: a vigil's or a march's crowd is counted at other times and places from report to report.
 */
const CROWD = new RegExp(
  String.raw`(?<![\p{L}\d-])(${BOUND})(${NUMBER})\s+(?:people|supporters|protesters|demonstrators|activists|journalists|relatives|colleagues|well-wishers)(?:\s*,[^,.;:]{1,60},)?\s+(?:had\s+|have\s+)?(?:gathered|stood|rallied|assembled|protested|demonstrated|waited)\s+(?:\p{L}+\s+)?(?:outside|in\s+front\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:court|courthouse|courtroom|tribunal|police\s+station|prison|jail|detention\s+centre|detention\s+center|embassy|consulate|ministry|parliament|offices?|headquarters|newsroom)\b`,
  'giu',
);

/** A sentence about another time than the event's: its figures are background ("held for 20 days last year"). */
const BACKGROUND = /\b(?:last|previous|past)\s+year\b|\bin\s+(?:19|20)\d\d\b|\bearlier\s+this\s+year\b|\bthis\s+year\b|\bpreviously\b/i;

/** A count's figure with its bound, shown as written ("about 200"). */
function count(kind: CaseFigureKind, bound: string, raw: string, unit = ''): CaseFigure | null {
  const figure = boundedFigure(bound, raw);
  if (!figure) return null;
  const written = `${bound.trim().toLowerCase().replace(/\s+/g, ' ')} ${figure.value}${unit}`.trim();
  return { kind, written, key: written, figure };
}

/**
 * The last words before a verb, an apposition between commas left out: "The festival, attended by 5,000
 * people, was" gives "The festival was"; "Sorokin, a reporter, has been" gives "Sorokin has been".
 */
function subjectBefore(text: string): string {
  return text.replace(/,\s(?:[^,]|,(?=\S))*,(?=\s)/g, ' ').split(/\s+/).slice(-7).join(' ');
}

/**
 * The case figures one sentence (or a headline) states. `names`: the words of the names the article
 * gives (case-person.ts), of whom "held" or "kept" may tell a detention.
 */
export function caseFiguresIn(text: string, names: ReadonlySet<string> = new Set()): CaseFigure[] {
  // Every figure here has a number or a month; most sentences have none of these words.
  if (!/\b(?:days|until|up\s+to|officers|policemen|agents|outside|front)\b/i.test(text) || BACKGROUND.test(text)) return [];
  const out: CaseFigure[] = [];
  const push = (f: CaseFigure | null): void => {
    if (f) out.push(f);
  };
  for (const m of text.matchAll(HELD_FOR)) {
    // "Three students held for 27 days", "he was kept for 40 days": the held are people.
    if (HELD_OF_THINGS.test(m[1]!) && !namesPerson(subjectBefore(text.slice(0, m.index)), names)) continue;
    push(count('days held', m[2]!, m[3]!, ' days'));
  }
  for (const m of text.matchAll(DAYS_IN)) if (!SERVED.test(text.slice(Math.max(0, m.index - 40), m.index))) push(count('days held', m[1]!, m[2]!, ' days'));
  for (const m of text.matchAll(UNTIL)) {
    const month = (m[1] ?? m[4])!;
    const day = Number(m[2] ?? m[3]);
    if (day < 1 || day > 31) continue;
    const key = `${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ kind: 'held until', written: `${month} ${day}`, key });
  }
  for (const m of text.matchAll(FACED)) {
    const years = m[2] ? boundedFigure('', m[2]) : null;
    const value = m[1] ? 'life' : years ? `${years.value} years` : null;
    if (value) out.push({ kind: 'sentence faced', written: `up to ${value}`, key: value });
  }
  for (const m of text.matchAll(OFFICERS)) push(count('officers', m[1]!, m[2]!));
  for (const m of text.matchAll(RAIDED_BY)) push(count('officers', m[1]!, m[2]!));
  for (const m of text.matchAll(CROWD)) push(count('crowd', m[1]!, m[2]!));
  return out;
}
