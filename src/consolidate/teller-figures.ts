/**
 * Figures that bodies measure or count each in their own way, read so that the reports of one event
 * can set them side by side (measure-discrepancies.ts): an election's turnout ("turnout had reached
 * 58.3 percent", "well below the 58.3 percent announced by the commission"), the number held at a
 * protest ("63 people had been detained", "at least 120 people had been detained"), a quake's magnitude
 * ("a magnitude 6.8 earthquake", "put the magnitude at 7.0") and how far its epicentre lay from a town
 * ("about 31 kilometres north-west of Halabja"). Reviews ux75a and ux75b: a seismic centre and the
 * USGS, observers and an election commission, the police and a rights group gave these figures
 * differently, and "Where sources differ" listed none of it.
 *
 * Precision first: these are compared only between two tellers the reports name (teller-dispute.ts);
 * the same body's later figure is a revision (turnout as the day goes on, a magnitude the USGS
 * refines). Only these phrasings are read; a turnout told by the hour ("by 2 p.m.") or of an earlier
 * vote ("at the last election") is left out, and a magnitude is the main shock's or the aftershock's,
 * never compared across the two.
 */
import { BOUND, DIGITS, numberOf, boundOf, type Measured, type MeasureKind } from './measure-figures.js';
import { NUMBER as WORD_NUMBER } from './bounded-figure.js';
import { slackOf } from './measure-tolerance.js';

/** The kinds read here; a dispute of them needs two named tellers. */
export const TELLER_KINDS: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['turnout', 'number detained', 'magnitude', 'epicentre distance']);

/** A word each figure's phrase has: a report without one is not read. */
export const TELLER_WORDS = /\b(?:turnout|detained|arrested|detentions|arrests|magnitude|epicent(?:re|er))\b/i;

const PERCENT = String.raw`\s*(?:%|percent\b|per\s+cent\b)`;
/** A turnout of an earlier vote or of part of the day: not the election's own figure. */
const TURNOUT_ELSEWHERE = /\b(?:last|previous|prior|past|earlier|first-round|first\s+round|by\s+(?:noon|midday|mid-?afternoon|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b)|as\s+of|so\s+far|(?:19|20)\d\d)\b/i;
/** "the commission's turnout figure": a body's figure, told by it. */
const BODY_POSSESSOR = /\b(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}(?:[Cc]ommission|[Cc]ommittee|[Mm]inistry|authorities|[Gg]overnment|observers|monitors|[Mm]ission|[Oo]ffice|[Cc]ouncil|[Aa]gency|[Bb]oard)|\p{Lu}{2,6})['’]s\s+$/u;
/** "turnout had reached 58.3 percent", "turnout in Sunday's election was 49.7 percent", "turnout figure of 58.3%", "putting turnout at 49.7 percent". */
const TURNOUT = new RegExp(
  String.raw`\bturnout\s+((?:(?:in|at|of|for)\s+(?:[\p{L}'’-]+\s+){1,5}?)?)(?:figure\s+)?(?:had\s+|has\s+)?(?:was|is|stood\s+at|reached|hit|topped|been|of|at|to)\s+${BOUND}(${DIGITS})${PERCENT}`,
  'giu',
);
/** "well below the 58.3 percent announced by the Central Election Commission". */
const TURNOUT_BY = new RegExp(String.raw`\bthe\s+(${DIGITS})${PERCENT}\s+(?:announced|reported|given|claimed|declared|published)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,5})`, 'gu');

/** Who is held at a protest: not "suspects" of a crime, whom one report and another count as the case goes on. */
const HELD = String.raw`(?:people|persons|protesters|demonstrators|activists|supporters|participants|students|journalists)`;
const COUNT = String.raw`${DIGITS}|${WORD_NUMBER}`;
/** "63 people had been detained", "at least 120 protesters were arrested". */
const WERE_HELD = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT})\s+(?:[\p{L}-]+\s+)?${HELD}\s+(?:had\s+been|have\s+been|were|are|was)\s+(?:detained|arrested|taken\s+into\s+custody)\b`, 'giu');
/** "police detained at least 120 protesters". */
const DID_HOLD = new RegExp(String.raw`\b(?:detained|arrested)\s+${BOUND}(${COUNT})\s+(?:[\p{L}-]+\s+)?${HELD}\b`, 'giu');

/** "a magnitude 6.8 earthquake", "magnitude-6.1 aftershock". */
const MAGNITUDE_OF = /\bmagnitude[\s-]+(\d(?:\.\d)?)\s+(earthquake|quake|aftershock)\b/gi;
/** "put the magnitude at 7.0", "put the magnitude of Monday's quake at 6.4", "measured the aftershock at magnitude 6.3", "which measured its magnitude at 6.8", "put it at 6.1". */
const MEASURED_AT = /(?:((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|in\s+)?\p{Lu}[\p{L}'’.-]*){0,5})\s+)?\b(?:put|puts|measured|measures|estimated|rated|recorded|registered)\s+(?:the|its|it)\s*(magnitude|earthquake|quake|aftershock)?(?:\s+of\s+(?:[\p{L}'’]+\s+){0,2}?(earthquake|quake|aftershock))?\s+at\s+(?:a\s+)?(?:magnitude\s+)?(?:of\s+)?(\d(?:\.\d)?)\b(?!\s*(?:%|percent|per\s+cent|[ap]\.?m\b|km|kilomet|miles|o'clock|people|dead|killed|injured|hours?|days?|[,.]\d))/gu;
/** Who measures a quake: a seismic or geological body, an observatory, an agency by its initials. */
const MEASURER = /\b(?:seismic|seismolog\w*|geolog\w*|survey|institute|observatory|cent(?:re|er)|geophysic\w*|meteorolog\w*|earthquake|disaster)\b/iu;
/**
 * An agency by its initials ("USGS", "the EMSC"), in capitals: kept apart from MEASURER, whose "i" makes
 * \p{Lu} take lower case, so "Police" and "the army" passed as initials and a force's figure was set
 * against a seismic body's.
 */
const MEASURER_INITIALS = /^(?:[Tt]he\s+)?\p{Lu}{3,6}$/u;

/**
 * The teller a figure keeps: of a magnitude or an epicentre, only a body that measures quakes (a
 * ministry or the UN that says "Monday's magnitude 6.8 earthquake killed 148" recalls the figure).
 */
export function tellerOf(figure: Measured, teller: string | null): string | null {
  if (!teller || (figure.kind !== 'magnitude' && figure.kind !== 'epicentre distance')) return teller;
  return MEASURER.test(teller) || MEASURER_INITIALS.test(teller) || /^(?:it|they)$/i.test(teller) ? teller : null;
}

/** "higher than the 6.8 reported by the U.S. Geological Survey". */
const MAGNITUDE_BY = /\bthe\s+(\d\.\d)\s+(?:reported|given|measured|recorded)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,5})/gu;

/** "with its epicentre about 31 kilometres north-west of the town of Halabja", "the epicentre lay near ..., 29 km north-west of Halabja". */
const EPICENTRE = new RegExp(
  String.raw`\bepicent(?:re|er)\b[^.;:]{0,50}?(?<![\p{L}\d,.-])${BOUND}(${DIGITS})\s*(kilometres|kilometers|km|miles)\s+((?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:erly)?)\s+of\s+(?:the\s+(?:town|city|village|capital)\s+of\s+)?(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);

/** Which shock a magnitude is of: the noun it names, or the only one the sentence speaks of; null where both. */
function shockOf(noun: string | undefined, sentence: string): string | null {
  const n = (noun ?? '').toLowerCase();
  if (n === 'aftershock') return 'aftershock';
  if (n === 'earthquake' || n === 'quake') return 'quake';
  const after = /\baftershocks?\b/i.test(sentence);
  const main = /\b(?:earthquake|quake)s?\b/i.test(sentence);
  if (after && main) return null;
  return after ? 'aftershock' : 'quake';
}

function figure(kind: MeasureKind, thing: string, written: string, start: number, end: number, raw: string, bound: string | undefined, factor = 1): Measured {
  const { value, decimals } = numberOf(raw);
  const b = boundOf(bound);
  return { kind, thing, written, start, end, reading: { value: value * factor, decimals, bound: b, slack: slackOf(value, decimals, b) * factor } };
}

/** A body's name read up to a sentence's end, without its full stop ("EMSC." but "the U.S."). */
function bodyName(raw: string): string {
  return raw.trim().replace(/(?<=(?:^|\s)[^\s.]+)\.$/u, '');
}

/** The text of a bound as written ("at least"), lower case, or "". */
function boundText(bound: string | undefined): string {
  return bound ? `${bound.toLowerCase().replace(/\s+/g, ' ')} ` : '';
}

/**
 * Whether a turnout stands before any word of an earlier vote in its sentence (`upTo`: the sentence up
 * to the figure's end): "turnout had reached 58.3 percent ..., up from 52 percent at the last vote in
 * 2021" is this vote's, though the sentence also tells of the last one (in-event.ts takes it whole).
 */
export function turnoutBeforeEarlier(upTo: string): boolean {
  return !TURNOUT_ELSEWHERE.test(upTo) && !/(?:ago|in\s+(?:19|20)\d\d)/i.test(upTo);
}

/** Turnout figures of one clause. */
function turnoutIn(text: string): Measured[] {
  const out: Measured[] = [];
  for (const m of text.matchAll(TURNOUT)) {
    if (TURNOUT_ELSEWHERE.test(m[1]!) || TURNOUT_ELSEWHERE.test(text.slice(m.index! + m[0].length).split(/[,;]/)[0]!)) continue;
    const possessor = BODY_POSSESSOR.exec(text.slice(Math.max(0, m.index! - 60), m.index!))?.[1];
    const f = figure('turnout', '', `${boundText(m[2])}${m[3]}%`, m.index!, m.index! + m[0].length, m[3]!, m[2]);
    // "the commission's turnout figure of 58.3 percent": the figure's own teller.
    if (possessor) f.teller = /^\p{Lu}{2,6}$/u.test(possessor) ? possessor : `the ${possessor}`;
    out.push(f);
  }
  if (/\bturnout\b/i.test(text)) {
    for (const m of text.matchAll(TURNOUT_BY)) {
      const f = figure('turnout', '', `${m[1]}%`, m.index!, m.index! + m[0].length, m[1]!, undefined);
      f.teller = bodyName(m[2]!);
      out.push(f);
    }
  }
  return out;
}

/** Counts of people held, in one clause. */
function detainedIn(text: string): Measured[] {
  const out: Measured[] = [];
  for (const pattern of [WERE_HELD, DID_HOLD]) {
    for (const m of text.matchAll(pattern)) {
      if (!Number.isFinite(numberOf(m[2]!).value)) continue;
      out.push(figure('number detained', '', `${boundText(m[1])}${m[2]} detained`, m.index!, m.index! + m[0].length, m[2]!, m[1]));
    }
  }
  return out;
}

/** Magnitudes in one clause; `sentence` says which shock where the clause does not. */
function magnitudesIn(text: string, sentence: string): Measured[] {
  const out: Measured[] = [];
  for (const m of text.matchAll(MAGNITUDE_OF)) {
    out.push(figure('magnitude', shockOf(m[2], sentence)!, `magnitude ${m[1]}`, m.index!, m.index! + m[0].length, m[1]!, undefined));
  }
  if (!/\bmagnitude\b/i.test(sentence)) return out;
  for (const m of text.matchAll(MEASURED_AT)) {
    const shock = shockOf(m[3] ?? (m[2] === 'magnitude' ? undefined : m[2]), sentence);
    if (!shock) continue;
    // "The Kurdistan Seismic Centre measured the aftershock at 6.3": the subject measured it.
    const f = figure('magnitude', shock, `magnitude ${m[4]}`, m.index!, m.index! + m[0].length, m[4]!, undefined);
    if (m[1]) f.teller = bodyName(m[1]);
    out.push(f);
  }
  for (const m of text.matchAll(MAGNITUDE_BY)) {
    const shock = shockOf(undefined, sentence);
    if (!shock) continue;
    const f = figure('magnitude', shock, `magnitude ${m[1]}`, m.index!, m.index! + m[0].length, m[1]!, undefined);
    f.teller = bodyName(m[2]!);
    out.push(f);
  }
  return out;
}

const TO_KM: Readonly<Record<string, number>> = { km: 1, kilometres: 1, kilometers: 1, miles: 1.609344 };

/** Epicentre distances in one clause, each of a direction from a named town. */
function epicentresIn(text: string, sentence: string): Measured[] {
  const out: Measured[] = [];
  for (const m of text.matchAll(EPICENTRE)) {
    const shock = shockOf(undefined, sentence);
    if (!shock) continue;
    const direction = m[4]!.toLowerCase().replace(/erly$/, '').replace(/^(north|south)(east|west)$/, '$1-$2');
    const unit = m[3]!.toLowerCase();
    const f = figure('epicentre distance', `${shock} ${direction} of ${m[5]}`, `${boundText(m[1])}${m[2]} ${m[3]} ${m[4]} of ${m[5]}`, m.index!, m.index! + m[0].length, m[2]!, m[1], TO_KM[unit]);
    out.push(f);
  }
  return out;
}

/** The figures of these kinds one clause states. `sentence`: the clause's whole sentence. */
export function tellerFiguresIn(text: string, sentence: string = text): Measured[] {
  if (!TELLER_WORDS.test(text) && !/\bmagnitude\b/i.test(sentence)) return [];
  return [...turnoutIn(text), ...detainedIn(text), ...magnitudesIn(text, sentence), ...epicentresIn(text, sentence)];
}
