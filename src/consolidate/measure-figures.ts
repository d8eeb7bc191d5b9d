/**
 * Measured quantities a report states in set phrases, read so that the reports of one event can be
 * compared (measure-discrepancies.ts): how far a missile or a rocket flew ("travelled roughly 1,250 km",
 * "the navy put the flight distance at 430 miles", "struck a test target 310 km away"), how high it went
 * ("an apogee of some 70 km", "a peak altitude of over 2,000 km"), a stock of a material by its purity
 * ("stockpile of uranium enriched to 20 percent ... at 87.5 kg"), how many missiles, rockets or drones were
 * fired ("launched three cruise missiles", "at least 2 drones were launched") and a vote's tally ("41
 * members voted in favour, twelve against and seven abstained"). Review ux72a: outlets give these
 * differently all the time (each government and the launching state's own agency measure a launch) and
 * nothing compared them.
 *
 * Precision first: each kind is one quantity, never another (a range is a capability, not a distance
 * flown; a landing point "250 km west of" an island is no distance flown either), and a stock is
 * compared only with a stock of the same material and purity. Only these phrasings are read.
 */
import { NUMBER as WORD_NUMBER, numberValue } from './bounded-figure.js';
import { slackOf } from './measure-tolerance.js';
import { firedThingOf, qualified, type Qualifier } from './measure-qualifier.js';

/**
 * 'damage length' to 'cut off' are an outage's or a damage's (outage-figures.ts); 'turnout' to
 * 'epicentre distance' a teller's own (teller-figures.ts); 'cases' an outbreak's (outbreak-cases.ts),
 * 'crew' a ship's crew aboard (crew-size.ts), 'premium' an insurance rate (premium-rate.ts).
 */
export type MeasureKind = 'distance flown' | 'altitude' | 'stockpile' | 'number launched' | 'vote' | 'damage length' | 'repair time' | 'capacity lost' | 'cut off' | 'turnout' | 'number detained' | 'magnitude' | 'epicentre distance' | 'cases' | 'crew' | 'premium';

/** How the figure is bounded: as given, about it, above it or below it. */
export type Bound = 'exact' | 'about' | 'over' | 'under';

/** A figure in the kind's own unit (km, kg, a count). */
export interface Reading {
  value: number;
  /** Decimals written ("897.3": 1): an exact figure stands for its rounding at this precision. */
  decimals: number;
  bound: Bound;
  /** The rounding the written figure allows either side, in the kind's unit (measure-tolerance.ts). */
  slack: number;
  /** Of a count bounded from below ("more than 380"), the round figure it stays under (400): see countReading. */
  ceiling?: number;
}

/** A vote's tally; a part the report does not give is null. */
export interface Tally {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

export interface Measured {
  kind: MeasureKind;
  /** What within the kind is measured: "" for a flight, "uranium 20%" for a stock, "missile" for objects fired. */
  thing: string;
  /** As shown: "about 850 km", "897.3 km", "at least one missile", "41 for, 12 against, 7 abstaining". */
  written: string;
  /** Where the figure stands in the text read. */
  start: number;
  end: number;
  reading?: Reading;
  tally?: Tally;
  /** Which one, whose or on what (measure-qualifier.ts): set by measuresIn. */
  qualifier?: Qualifier;
  /** Who gives the figure where its own words name them ("the two months suggested by Kantaverkko"), over the clause's teller. */
  teller?: string;
}

export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const BOUND_WORDS = String.raw`about|around|roughly|approximately|some|an\s+estimated|nearly|almost|close\s+to|more\s+than|over|above|at\s+least|just\s+over|just\s+under|up\s+to|less\s+than|under|below|fewer\s+than`;
export const BOUND = String.raw`(?:(${BOUND_WORDS})\s+)?`;
const LENGTH = String.raw`(kilometres|kilometers|kilometre|kilometer|km|miles?|metres|meters|feet|ft)\b`;
const MASS = String.raw`(kilograms?|kilos|kg|tonnes?|metric\s+tons|tons|pounds|lbs?)\b`;

/** Each unit in the kind's own: km for lengths, kg for masses. */
const TO_BASE: Readonly<Record<string, number>> = {
  km: 1, kilometre: 1, kilometer: 1, kilometres: 1, kilometers: 1, mile: 1.609344, miles: 1.609344, metres: 0.001, meters: 0.001, feet: 0.0003048, ft: 0.0003048,
  kg: 1, kilogram: 1, kilograms: 1, kilos: 1, tonne: 1000, tonnes: 1000, 'metric tons': 1000, tons: 1000, pounds: 0.45359237, lb: 0.45359237, lbs: 0.45359237,
};

/** What flies: a distance or a height in a sentence without one of these is of something else (a plane, a landslide). */
const PROJECTILE = /\b(?:missiles?|rockets?|projectiles?|ICBMs?|IRBMs?|SRBMs?|MRBMs?|warheads?|drones?|interceptors?|launch(?:es|ed)?|glide\s+vehicles?)\b/i;

/** "flew some 850 kilometres", "travelled 1,250 km"; not "flew for about 40 minutes". */
const FLEW = new RegExp(String.raw`\b(?:flew|flown|flying|travell?ed|travell?ing|covered|covering)\s+(?:a\s+distance\s+of\s+|some\s+)?${BOUND}(${DIGITS})\s*${LENGTH}`, 'giu');
/** "put the flight distance at 430 miles", "put its distance at 480 km", "a flight distance of 900 km". */
const DISTANCE = new RegExp(String.raw`\b(?:(?:flight|flying)\s+distance\s+(?:of|at|was|is|to\s+be)|distance\s+(?:flown|travell?ed)\s+(?:of|at|was|is)|put\s+(?:the|its)\s+(?:flight\s+)?distance\s+at)\s+${BOUND}(${DIGITS})\s*${LENGTH}`, 'giu');
/** "struck a test target 310 km away". */
const TARGET_AWAY = new RegExp(String.raw`\b(?:hit|hitting|struck|striking)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?targets?\s+${BOUND}(${DIGITS})\s*${LENGTH}\s+away\b`, 'giu');
/** "an altitude of about 300 km", "a peak altitude of over 2,000 km", "an apogee of some 70 km", "peak height of 90 km". */
const HEIGHT = new RegExp(String.raw`\b(?:(?:maximum|max|peak|top)\s+)?(?:altitude|height|apogee)\s+(?:of|at|was|is|reached)\s+${BOUND}(${DIGITS})\s*${LENGTH}`, 'giu');
/** "stockpile of uranium enriched to 20 percent stood at 87.5 kg", "its stock of 20% uranium, which inspectors put at 95 kg". */
const STOCK = new RegExp(
  String.raw`\b(?:stockpiles?|stocks?|reserves?|inventory|holdings?)\s+of\s+([^.;:]{2,80}?)\s*(?:,\s*which\s+[^.;:,]{1,40}?)?\b(?:at|to|of|reached|reaching|stood\s+at|totall?ed|totall?ing|amounted\s+to|amounting\s+to|was|is)\s+${BOUND}(${DIGITS})\s*${MASS}`,
  'giu',
);
const MATERIAL = /\b(uranium|plutonium|tritium|heavy\s+water|lithium|chlorine|sarin|ammonium\s+nitrate)\b/i;
const PURITY = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/i;

const COUNT_NUMBER = String.raw`${DIGITS}|${WORD_NUMBER}`;
const FIRED_THINGS = String.raw`(missiles?|rockets?|projectiles?|ICBMs?|IRBMs?|SRBMs?|MRBMs?|drones?|interceptors?)\b`;
/** Up to three words that qualify what was fired ("short-range ballistic", "Iranian-made"), none a conjunction or a number. */
const QUALIFIERS = String.raw`(?:(?!and\b|or\b|of\b|\d)[\p{L}-]+\s+){0,3}?`;
/** "launched three cruise missiles", "fired at least one medium-range rocket". */
const FIRED = new RegExp(String.raw`\b(?:fired|fires|launched|launches|test-fired|test-launched|shot)\s+(?:off\s+)?${BOUND}(${COUNT_NUMBER})\s+${QUALIFIERS}${FIRED_THINGS}`, 'giu');
/** "two missiles were fired". */
const WERE_FIRED = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT_NUMBER})\s+${QUALIFIERS}${FIRED_THINGS}\s+(?:were|had\s+been|have\s+been)\s+(?:fired|launched)\b`, 'giu');

/** What a vote's tally counts: "24 of the 47 members", "nine", "12 states". */
const VOTERS = String.raw`(?:\s+of\s+the\s+\d+)?(?:\s+(?:board|council|committee|member|other))?(?:\s+(?:members|states|countries|nations|delegations|lawmakers|legislators|senators|deputies|MPs|votes|governors))?`;
const FOR = new RegExp(String.raw`\b(?:backed\s+by|supported\s+by|approved\s+by)\s+(${COUNT_NUMBER})${VOTERS}|(?<![\p{L}\d,.-])(${COUNT_NUMBER})${VOTERS}\s+(?:voted\s+|votes?\s+)?(?:in\s+favou?r|for\s+it|for\s+the\s+(?:statement|resolution|motion|text|bill))`, 'giu');
const AGAINST = new RegExp(String.raw`(?<![\p{L}\d,.-])(${COUNT_NUMBER})${VOTERS}\s+(?:voted\s+|votes?\s+|voting\s+)?against\b`, 'giu');
const ABSTAIN = new RegExp(String.raw`(?<![\p{L}\d,.-])(${COUNT_NUMBER})${VOTERS}\s+(?:abstentions|abstained|abstaining|abstain)\b`, 'giu');
/**
 * A division's tally told as two figures, the ayes first: "by 316 votes to 204", "voting 318 to 204"
 * (review ux74a fault 4), or as a court's split: "voted 7-2", "in a 7-2 ruling" (review ux75b fault 3). Only
 * after "votes", or after "voting"/"voted": "rose from 18 to 20" is no tally.
 */
const VOTES_TO = new RegExp(String.raw`\b(?:(?:by|with)\s+(${COUNT_NUMBER})\s+votes?\s+to\s+(${COUNT_NUMBER})|(?:voting|voted)\s+(?:by\s+)?(${COUNT_NUMBER})\s+(?:votes?\s+)?to\s+(${COUNT_NUMBER})|(?:voting|voted)\s+(\d{1,3})[-–](\d{1,3})|(?:in|by)\s+an?\s+(\d{1,3})[-–](\d{1,3})\s+(?:vote|ruling|decision|majority))\b(?!\s*(?:%|percent|per\s+cent|hours?|days?|weeks?|months?|years?|[ap]\.?m\b))`, 'giu');
const VOTE_WORDS = /\bvot(?:e|es|ed|ing)\b|\babstain|\babstention/i;

/** How a bound word bounds the figure. */
export function boundOf(word: string | undefined): Bound {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === '') return 'exact';
  if (w === 'more than' || w === 'over' || w === 'above' || w === 'at least' || w === 'just over') return 'over';
  if (w === 'up to' || w === 'less than' || w === 'under' || w === 'below' || w === 'fewer than' || w === 'just under') return 'under';
  // about, around, roughly, approximately, some, an estimated, nearly, almost, close to
  return 'about';
}

export function numberOf(raw: string): { value: number; decimals: number } {
  const value = numberValue(raw);
  return { value, decimals: /\.(\d+)$/.exec(raw)?.[1]!.length ?? 0 };
}

/** A figure that closes a range ("between 380 and 412", "20 to 25", "0.5-1%"): no one figure of its own. */
export const RANGE_BEFORE = /(?:\bbetween\s+(?:about\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)?\s+and|[\d.,]+\s*(?:%|percent|per\s+cent)?\s*(?:to|-|–|or))\s*$/i;
/** A figure that opens a range: "0.5% to 1%", "20 to 25 crew", "380 or 400 cases". */
export const RANGE_AFTER = /^\s*(?:to|-|–|or|and)\s*(?:about\s+)?\d/i;

/**
 * A count as news rounds it ("412", "about 25", "more than 380"). A count bounded from below stays
 * under the next round figure of a coarser place than its own: a writer who had 412 would say "more
 * than 400", so "more than 380" allows 381 to 399 and differs from 412; "at least 57" allows up to 59,
 * "more than 400" up to 999. Null where the number is unreadable.
 */
export function countReading(raw: string, bound: string | undefined): Reading | null {
  const { value, decimals } = numberOf(raw);
  if (!Number.isFinite(value)) return null;
  const b = boundOf(bound);
  const reading: Reading = { value, decimals, bound: b, slack: slackOf(value, decimals, b) };
  if (b === 'over' && decimals === 0 && value > 0) {
    let place = 1;
    while (value % (place * 10) === 0) place *= 10;
    reading.ceiling = (Math.floor(value / (place * 10)) + 1) * place * 10;
  }
  return reading;
}

/** A figure with its unit, in the kind's unit; written as the report wrote it. `count`: the figure counts things, no unit. */
function measured(kind: MeasureKind, thing: string, m: RegExpMatchArray, boundAt: number, count = false): Measured | null {
  const bound = m[boundAt];
  const raw = m[boundAt + 1]!;
  const unit = count ? '' : m[boundAt + 2]!;
  const { value, decimals } = numberOf(raw);
  const factor = count ? 1 : TO_BASE[unit.toLowerCase().replace(/\s+/g, ' ')];
  if (!Number.isFinite(value) || factor === undefined) return null;
  // The figure stands last in the match, before its unit: "flew some 850 km".
  const rawAt = m[0].lastIndexOf(raw);
  const from = bound ? m[0].lastIndexOf(bound, rawAt) : rawAt;
  const written = [bound?.toLowerCase().replace(/\s+/g, ' '), raw, count ? (value === 1 ? thing : `${thing}s`) : unit].filter(Boolean).join(' ');
  const b = boundOf(bound);
  return { kind, thing, written, start: m.index! + Math.max(0, from), end: m.index! + m[0].length, reading: { value: value * factor, decimals, bound: b, slack: slackOf(value, decimals, b) * factor } };
}

/** The words between a count and the noun it counts ("40 cruise missiles": "cruise"), its type. */
function firedQualifiers(m: RegExpMatchArray): string {
  const nounAt = m[0].lastIndexOf(m[3]!);
  const rawAt = m[0].lastIndexOf(m[2]!, nounAt);
  return m[0].slice(rawAt + m[2]!.length, nounAt);
}

/** A vote's tally in one text, or null where it gives no part or a part twice. */
function tallyIn(text: string): Measured | null {
  if (!VOTE_WORDS.test(text)) return null;
  const parts: [keyof Tally, RegExp][] = [['for', FOR], ['against', AGAINST], ['abstain', ABSTAIN]];
  const tally: Tally = { for: null, against: null, abstain: null };
  let start = Infinity;
  let end = -1;
  for (const [part, pattern] of parts) {
    const found = [...text.matchAll(pattern)];
    if (found.length !== 1) {
      if (found.length > 1) return null;
      continue;
    }
    const m = found[0]!;
    const value = numberValue((m[1] ?? m[2])!);
    if (!Number.isFinite(value)) return null;
    tally[part] = value;
    start = Math.min(start, m.index!);
    end = Math.max(end, m.index! + m[0].length);
  }
  // "by 316 votes to 204": the ayes and the noes, where the text gives them no other way.
  const told = [...text.matchAll(VOTES_TO)];
  if (told.length > 1) return null;
  if (told.length === 1 && tally.for === null && tally.against === null) {
    const m = told[0]!;
    const [ayes, noes] = [numberValue((m[1] ?? m[3] ?? m[5] ?? m[7])!), numberValue((m[2] ?? m[4] ?? m[6] ?? m[8])!)];
    if (Number.isFinite(ayes) && Number.isFinite(noes)) {
      [tally.for, tally.against] = [ayes, noes];
      start = Math.min(start, m.index!);
      end = Math.max(end, m.index! + m[0].length);
    }
  }
  // A tally is two parts at least: "three against" alone may be anything.
  if ([tally.for, tally.against, tally.abstain].filter((v) => v !== null).length < 2) return null;
  return { kind: 'vote', thing: '', written: tallyWritten(tally), start, end, tally };
}

export function tallyWritten(t: Tally): string {
  return [t.for !== null ? `${t.for} for` : '', t.against !== null ? `${t.against} against` : '', t.abstain !== null ? `${t.abstain} abstaining` : ''].filter(Boolean).join(', ');
}

/** The measured figures one clause (or a headline) states, in the order written. */
export function measuresIn(text: string, sentence: string = text): Measured[] {
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\b/i.test(text)) return [];
  const out: Measured[] = [];
  // Each figure with what it is of, or none where it measures nothing of the event's (measure-qualifier.ts).
  const push = (found: Measured | null): void => {
    const m = found && qualified(found, text);
    if (m && !out.some((o) => o.kind === m.kind && o.start < m.end && m.start < o.end)) out.push(m);
  };
  const flies = PROJECTILE.test(sentence);
  if (flies) for (const m of text.matchAll(FLEW)) push(measured('distance flown', '', m, 1));
  for (const m of text.matchAll(DISTANCE)) push(measured('distance flown', '', m, 1));
  if (flies) for (const m of text.matchAll(TARGET_AWAY)) push(measured('distance flown', '', m, 1));
  if (flies || /\bapogee\b/i.test(text)) for (const m of text.matchAll(HEIGHT)) push(measured('altitude', '', m, 1));
  for (const m of text.matchAll(STOCK)) {
    const what = m[1]!;
    const material = MATERIAL.exec(what)?.[1] ?? MATERIAL.exec(m[0])?.[1];
    if (!material) continue;
    const purity = PURITY.exec(what)?.[1];
    push(measured('stockpile', `${material.toLowerCase().replace(/\s+/g, ' ')}${purity ? ` ${purity}%` : ''}`, m, 2));
  }
  for (const pattern of [FIRED, WERE_FIRED]) {
    for (const m of text.matchAll(pattern)) {
      push(measured('number launched', firedThingOf(firedQualifiers(m), m[3]!), m, 1, true));
    }
  }
  push(tallyIn(text));
  return out.sort((a, b) => a.start - b.start);
}
