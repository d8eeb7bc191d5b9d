/**
 * The quantities an infrastructure incident is judged by, read in set phrases so that the reports of
 * one event can be compared beside the measured figures of measure-figures.ts (measure-discrepancies.ts):
 * how long the damage is ("a drag mark about 70 kilometres long"), how long a repair will take ("would
 * take about five months", "the two months suggested by its partner", "at least until mid-January"),
 * how much of a plant's capacity is lost ("halted about 30% of its processing capacity", "put the loss at
 * about half of the plant's throughput", "taking out 4.5 million tonnes a year of the refinery's 9
 * million tonnes") and how many customers were cut off ("cut power to about 45,000 households", "put the
 * number of customers cut off at 58,000"). Review ux73a: an energy analyst's key figures, given
 * differently by the operators and the officials, were not compared.
 *
 * Precision first: a repair time is an estimate ("would", "expected"), never a past outage against a
 * forecast, and only of one named kind of object (a cable's is not a pipeline's); a vague "several
 * months" is no figure; a capacity is a loss, not what is running again; a count of customers is of
 * those cut off, never of those still without power or restored.
 */
import { NUMBER as WORD_NUMBER, numberValue } from './bounded-figure.js';
import { BOUND, DIGITS, boundOf, numberOf, type Measured, type MeasureKind, type Reading } from './measure-figures.js';
import { slackOf } from './measure-tolerance.js';

/** A word every figure read here has near it: a text without one needs no closer reading. */
export const OUTAGE_WORDS = /\b(?:long|blackouts?|repair\w*|fix(?:ed|ing)?|outage|restor\w*|service|offline|shut|closed|until|capacity|throughput|output|production|runs|households|homes|customers|premises|consumers|connections|power|electricity)\b/i;

const LENGTH_UNIT = String.raw`(kilometres|kilometers|kilometre|kilometer|km|miles?|metres|meters|m|feet|ft)`;
const TO_KM: Readonly<Record<string, number>> = { km: 1, kilometre: 1, kilometer: 1, kilometres: 1, kilometers: 1, mile: 1.609344, miles: 1.609344, metres: 0.001, meters: 0.001, m: 0.001, feet: 0.0003048, ft: 0.0003048 };

/** What an anchor, a trawl or a blast leaves behind: the thing whose length is the damage's. */
const DAMAGE_NOUN = /\b(?:drag\s+marks?|scars?|gouges?|gash(?:es)?|furrows?|trench(?:es)?|tracks?|trails?|tears?|cracks?|ruptures?|fissures?|slicks?|marks?)\b/gi;
/** "about 70 kilometres long"; not "longer". */
const LONG = new RegExp(String.raw`${BOUND}(${DIGITS})\s*${LENGTH_UNIT}\s+long\b`, 'giu');
/** "a 40-km-long gash". */
const LONG_BEFORE = new RegExp(String.raw`\b(${DIGITS})[- ]?${LENGTH_UNIT}[- ]long\s+(?:[\p{L}-]+\s+)?(?:drag\s+marks?|scars?|gouges?|gash(?:es)?|furrows?|trench(?:es)?|tears?|cracks?|ruptures?|fissures?|slicks?)\b`, 'giu');
/** Things a length may be of that are not damage: "a cable 145 km long" is the cable's. */
const OBJECT_AFTER_LONG = /^\s+(?:cables?|pipelines?|lines?|links?|bridges?|tunnels?|roads?|sections?|stretch(?:es)?|routes?)\b/i;

/** Words of an outage or a repair: a duration in a clause without one is of something else. */
const REPAIR_CONTEXT = /\b(?:repair\w*|restor\w*|fix(?:ed|ing)?|out\s+of\s+(?:service|action|operation)|offline|off\s+line|shut|closed|outage|back\s+(?:in|into)\s+(?:service|operation))\b/i;
/** A repair time is an estimate: a forecast against an outage that happened is no dispute. */
const FORWARD = /\b(?:would|will|could|may|might|expect\w*|estimat\w*|likely|set\s+to|due\s+to|suggest\w*|forecast\w*|predict\w*|hope[sd]?|hoping)\b/i;
/** A planned stop is another thing than an incident's repair. */
const PLANNED = /\b(?:planned|scheduled|maintenance)\b/i;
/** The objects a repair time may be of, by a common noun; a clause naming two is left out. */
const OBJECTS: readonly [RegExp, string][] = [
  [/\bcables?\b/i, 'cable'],
  [/\bpipelines?\b/i, 'pipeline'],
  [/\b(?:crude\s+|distillation\s+|processing\s+)?units?\b/i, 'unit'],
  [/\brefinery\b/i, 'refinery'],
  [/\breactors?\b/i, 'reactor'],
  [/\bsubstations?\b/i, 'substation'],
  [/\btransformers?\b/i, 'transformer'],
  [/\bterminals?\b/i, 'terminal'],
  [/\bbridges?\b/i, 'bridge'],
  [/\btunnels?\b/i, 'tunnel'],
  [/\b(?:railway|rail\s+line)\b/i, 'railway'],
];
const DURATION_NUMBER = String.raw`${DIGITS}|${WORD_NUMBER}|an?`;
const DURATION_UNIT = String.raw`(days?|weeks?|months?|years?)`;
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };
const QUOTE = String.raw`["“”]?`;
/** "would take about five months", "expected to last two weeks". */
const TAKES = new RegExp(String.raw`\b(?:take|takes|taking|last|lasts|lasting|require|requires|requiring|need|needs)\s+${QUOTE}${BOUND}(${DURATION_NUMBER})\s+${DURATION_UNIT}\b`, 'giu');
/** "to be out of service for two months", "shut for about three weeks". */
const OUT_FOR = new RegExp(String.raw`\b(?:out\s+of\s+(?:service|action|operation)|offline|off\s+line|shut(?:\s+down)?|closed|down)\s+for\s+${QUOTE}${BOUND}(${DURATION_NUMBER})\s+${DURATION_UNIT}\b`, 'giu');
/** "the two months suggested by its Finnish partner Kantaverkko": another teller's estimate, named. */
const SUGGESTED_BY = new RegExp(String.raw`\bthe\s+${BOUND}(${DURATION_NUMBER})\s+${DURATION_UNIT}\s+(?:suggested|forecast|predicted|estimated|given|quoted|cited|put\s+forward)\s+by\s+([^,.;:]{2,60})`, 'giu');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "at least until mid-January", "stay shut until April". */
const UNTIL = new RegExp(String.raw`${QUOTE}(?:(at\s+least|not\s+before)\s+)?until\s+(?:(early|mid|late)[- ])?(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\b`, 'gu');

const SHARE = String.raw`(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)|(half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two[- ]thirds|three[- ]quarters|a\s+fifth|a\s+tenth)`;
const FRACTIONS: Readonly<Record<string, number>> = { half: 50, 'a third': 100 / 3, 'one third': 100 / 3, 'a quarter': 25, 'one quarter': 25, 'two thirds': 200 / 3, 'three quarters': 75, 'a fifth': 20, 'a tenth': 10 };
const CAPACITY = String.raw`(?:capacity|throughput|output|production|runs)\b`;
const WHOSE = String.raw`(?:(?:its|the|their|[\p{L}'’.-]+['’]s?)\s+)?(?:[\p{L}-]+\s+){0,3}?`;
/** "halted about 30% of its processing capacity", "lost half its output". */
const LOST_SHARE = new RegExp(String.raw`\b(?:halted|halting|halts|shut|shutting|shuts|stopped|stopping|knocked\s+out|knocking\s+out|knocks\s+out|took\s+out|taking\s+out|taken\s+out|lost|losing|loses|idled|idling|wiped\s+out)\s+(?:down\s+|off\s+|offline\s+)?${BOUND}(?:${SHARE})\s+(?:of\s+)?${WHOSE}${CAPACITY}`, 'giu');
/** "put the loss at about half of the plant's throughput". */
const LOSS_AT = new RegExp(String.raw`\b(?:put|puts|putting|estimated|estimates|estimate|estimating)\s+the\s+(?:loss|losses|reduction|shortfall|drop|outage)\s+at\s+${BOUND}(?:${SHARE})`, 'giu');
/** "cut its refining runs by about 30%". */
const CUT_BY = new RegExp(String.raw`\b(?:cut|cutting|cuts|reduced|reducing|reduces|lowered|lowering)\s+(?:its\s+|the\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?${CAPACITY}\s+by\s+${BOUND}(?:${SHARE})`, 'giu');
const SCALE = String.raw`(?:\s+(million|thousand|billion))?`;
const VOLUME = String.raw`(tonnes|tons|barrels|megawatts|MW|gigawatts|GW)\b`;
/** "taking out 4.5 million tonnes a year of the refinery's 9 million tonnes of capacity": a part of a whole. */
const PART_OF = new RegExp(String.raw`\b(?:taking|took|taken|takes|knocking|knocked|knocks)\s+out\s+${BOUND}(${DIGITS})${SCALE}\s+${VOLUME}[^.;\d]{0,25}?\bof\s+(?:(?:the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(${DIGITS})${SCALE}\s+${VOLUME}`, 'giu');
/** A capacity that may be lost or is being won back is no loss: "could halt", "restored 70%". */
const NOT_LOST = /\b(?:would|could|may|might|threaten\w*|risk\w*|plan(?:s|ned|ning)?\b|restor\w*|resum\w*|restart\w*|running\s+at)\b/i;

const COUNT_NUMBER = String.raw`${DIGITS}|${WORD_NUMBER}`;
const CUT_OFF_NOUN = String.raw`(households(?:\s+and\s+businesses)?|homes(?:\s+and\s+businesses)?|customers|premises|properties|consumers|connections|people|residents|inhabitants)\b`;
const SUPPLY = String.raw`(?:power|electricity|the\s+power|(?:power|electricity|gas|heating|water)\s+supplies|supplies|supply|gas|heating|water)`;
/** "cut power to about 45,000 households". */
const CUT_TO = new RegExp(String.raw`\b(?:cut|cutting|cuts|knocked\s+out|knocking\s+out)\s+(?:off\s+)?${SUPPLY}\s+(?:to|for)\s+${BOUND}(${COUNT_NUMBER})${SCALE}\s+${CUT_OFF_NOUN}`, 'giu');
/** "left 120,000 homes without power". */
const LEFT_WITHOUT = new RegExp(String.raw`\b(?:left|leaving|leaves|leave)\s+${BOUND}(${COUNT_NUMBER})${SCALE}\s+${CUT_OFF_NOUN}\s+(?:without|with\s+no)\s+(?:power|electricity|heat|heating|gas|water)\b`, 'giu');
/** "affected about 62,000 households and businesses", where the sentence tells of a blackout. */
const AFFECTED = new RegExp(String.raw`\b(?:affected|affecting|affects|hit|hitting|hits)\s+${BOUND}(${COUNT_NUMBER})${SCALE}\s+${CUT_OFF_NOUN}`, 'giu');
const BLACKOUT = /\b(?:blackouts?|power\s+(?:cut|outage|failure)s?|outages?|without\s+(?:power|electricity))\b/i;
/** "put the number of customers cut off at 58,000". */
const NUMBER_OF = new RegExp(String.raw`\bnumber\s+of\s+${CUT_OFF_NOUN}\s+(?:(?:cut\s+off|affected|left\s+without\s+(?:power|electricity)|without\s+(?:power|electricity))\s+)?(?:at|was|stood\s+at|to|reached)\s+${BOUND}(${COUNT_NUMBER})${SCALE}`, 'giu');
/** "40,000 homes lost power". */
const LOST_POWER = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT_NUMBER})${SCALE}\s+${CUT_OFF_NOUN}\s+(?:lost|were\s+left\s+without|were\s+cut\s+off\s+from)\s+(?:power|electricity)\b`, 'giu');
/** A count of those still cut off, or back on: another quantity than those cut off. */
const NOT_CUT_OFF = /\b(?:still|remain\w*|restor\w*|reconnect\w*|all\s+but|except|back)\b/i;
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function read(kind: MeasureKind, thing: string, written: string, start: number, end: number, reading: Reading, teller?: string): Measured {
  return { kind, thing, written, start, end, reading, ...(teller ? { teller } : {}) };
}

/** "about 70 km": a figure in a unit read as the kind's unit (factor), with the slack its wording allows. */
function scaled(boundWord: string | undefined, raw: string, factor: number, scale = 1): Reading | null {
  const { value, decimals } = /^an?$/i.test(raw) ? { value: 1, decimals: 0 } : numberOf(raw);
  if (!Number.isFinite(value) || value <= 0) return null;
  const bound = boundOf(boundWord);
  return { value: value * scale * factor, decimals, bound, slack: slackOf(value, decimals, bound) * scale * factor };
}

/** The written form: the bound and the figure with what follows it, as the report wrote them, in lower case for the bound. */
function writtenOf(boundWord: string | undefined, raw: string, tail: string): string {
  return [boundWord?.toLowerCase().replace(/\s+/g, ' '), `${raw}${tail}`].filter(Boolean).join(' ');
}

function figureStart(m: RegExpMatchArray, boundWord: string | undefined, raw: string): number {
  const rawAt = m[0].indexOf(raw, boundWord ? m[0].indexOf(boundWord) : 0);
  return m.index! + (boundWord ? m[0].indexOf(boundWord) : rawAt);
}

function damageLengths(text: string): Measured[] {
  const out: Measured[] = [];
  for (const m of text.matchAll(LONG)) {
    const [, boundWord, raw, unit] = m;
    if (OBJECT_AFTER_LONG.test(text.slice(m.index! + m[0].length))) continue;
    // The damage is named before its length, with no other figure between: "a drag mark about 70 km long".
    const before = text.slice(Math.max(0, m.index! - 90), m.index!);
    const nouns = [...before.matchAll(DAMAGE_NOUN)];
    const last = nouns[nouns.length - 1];
    if (!last || /\d/.test(before.slice(last.index! + last[0].length))) continue;
    const reading = scaled(boundWord, raw!, TO_KM[unit!.toLowerCase()] ?? NaN);
    if (reading) out.push(read('damage length', '', writtenOf(boundWord, raw!, ` ${unit}`), figureStart(m, boundWord, raw!), m.index! + m[0].length, reading));
  }
  for (const m of text.matchAll(LONG_BEFORE)) {
    const reading = scaled(undefined, m[1]!, TO_KM[m[2]!.toLowerCase()] ?? NaN);
    if (reading) out.push(read('damage length', '', `${m[1]} ${m[2]}`, m.index!, m.index! + m[0].length, reading));
  }
  return out;
}

/** The one kind of object a clause's repair is of, or null where it names none or two. */
function objectOf(clause: string): string | null {
  const found = new Set(OBJECTS.filter(([pattern]) => pattern.test(clause)).map(([, name]) => name));
  return found.size === 1 ? [...found][0]! : null;
}

/** Days from the event's day to a part of a later month: "mid-January" after 16 November is 60 days (55 to 65). */
function untilDays(eventDay: string, part: string | undefined, month: string): { value: number; slack: number } | null {
  const from = Date.parse(`${eventDay}T00:00:00Z`);
  if (!Number.isFinite(from)) return null;
  const start = new Date(from);
  const index = MONTHS.indexOf(month.toLowerCase());
  // The month named is the next one of that name after the event's: "until April" in November is next April.
  const year = index > start.getUTCMonth() ? start.getUTCFullYear() : index < start.getUTCMonth() ? start.getUTCFullYear() + 1 : NaN;
  if (!Number.isFinite(year)) return null;
  const length = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const [first, last] = part === 'early' ? [1, 10] : part === 'mid' ? [10, 20] : part === 'late' ? [20, length] : [1, length];
  const mid = Date.UTC(year, index, (first + last) / 2);
  return { value: (mid - from) / 86400000, slack: (last - first) / 2 };
}

function repairTimes(text: string, eventDay: string | null): Measured[] {
  if (!REPAIR_CONTEXT.test(text) || !FORWARD.test(text) || PLANNED.test(text)) return [];
  const thing = objectOf(text);
  if (!thing) return [];
  const out: Measured[] = [];
  for (const pattern of [TAKES, OUT_FOR, SUGGESTED_BY]) {
    for (const m of text.matchAll(pattern)) {
      const [, boundWord, raw, unit, teller] = m;
      const reading = scaled(boundWord, raw!, DAYS[unit!.toLowerCase().replace(/s$/, '')]!);
      if (reading) out.push(read('repair time', thing, writtenOf(boundWord, raw!, ` ${unit}`), figureStart(m, boundWord, raw!), m.index! + m[0].length, reading, teller?.trim()));
    }
  }
  if (eventDay) {
    for (const m of text.matchAll(UNTIL)) {
      const [, atLeast, part, month] = m;
      const days = untilDays(eventDay, part, month!);
      if (!days) continue;
      const bound = atLeast ? 'over' : 'about';
      const reading: Reading = { value: atLeast ? days.value - days.slack : days.value, decimals: 0, bound, slack: days.slack };
      const written = m[0].replace(/^["“”]/, '').replace(/\s+/g, ' ');
      out.push(read('repair time', thing, written, m.index! + (m[0].length - m[0].replace(/^["“”]/, '').length), m.index! + m[0].length, reading));
    }
  }
  return out;
}

/** A share as a percentage: "30%", "half". */
function shareOf(percent: string | undefined, fraction: string | undefined): { value: number; decimals: number; raw: string } | null {
  if (percent) return { ...numberOf(percent), raw: percent };
  const key = fraction?.toLowerCase().replace(/[\s-]+/g, ' ');
  const value = key ? FRACTIONS[key] : undefined;
  return value === undefined ? null : { value, decimals: 0, raw: fraction! };
}

/**
 * A share of a country's, a firm's or the world's capacity is another quantity than one plant's: "about
 * 30% of its processing capacity" and "about 5% of Russia's refining capacity" told one strike (review75).
 */
const WIDER_WHOLE = /\bof\s+(?:the\s+)?(?:(?:country|nation|kingdom|world|region|state|continent)['’]s?|national|global|world|worldwide|\p{Lu}[\p{L}.-]*['’]s?)\s/u;

function capacityLost(text: string): Measured[] {
  const out: Measured[] = [];
  for (const pattern of [LOST_SHARE, LOSS_AT, CUT_BY]) {
    for (const m of text.matchAll(pattern)) {
      if (NOT_LOST.test(text.slice(0, m.index! + m[0].length))) continue;
      if (pattern === LOSS_AT && !new RegExp(CAPACITY, 'i').test(text)) continue;
      const wider = pattern === LOST_SHARE ? WIDER_WHOLE.exec(m[0])?.[0].trim() : undefined;
      const [, boundWord, percent, fraction] = m;
      const share = shareOf(percent, fraction);
      if (!share) continue;
      const bound = boundOf(boundWord);
      // A fraction in words is a round figure however it is bounded: "half" is 50 give or take 2.5, as "about 50%" is.
      const slack = percent ? slackOf(share.value, share.decimals, bound) : share.value * 0.05;
      const written = writtenOf(boundWord, share.raw, percent ? '%' : '');
      out.push(read('capacity lost', wider ?? '', written, figureStart(m, boundWord, share.raw), m.index! + m[0].length, { value: share.value, decimals: share.decimals, bound, slack }));
    }
  }
  for (const m of text.matchAll(PART_OF)) {
    if (NOT_LOST.test(text.slice(0, m.index! + m[0].length))) continue;
    const [, boundWord, partRaw, partScale, partUnit, wholeRaw, wholeScale, wholeUnit] = m;
    if (partUnit!.toLowerCase() !== wholeUnit!.toLowerCase()) continue;
    const part = numberOf(partRaw!).value * (SCALES[partScale?.toLowerCase() ?? ''] ?? 1);
    const whole = numberOf(wholeRaw!).value * (SCALES[wholeScale?.toLowerCase() ?? ''] ?? 1);
    if (!(part > 0 && whole > part)) continue;
    const value = (part / whole) * 100;
    const bound = boundOf(boundWord);
    // The part's own rounding, as a share of the whole.
    const slack = (slackOf(numberOf(partRaw!).value, numberOf(partRaw!).decimals, bound) * (SCALES[partScale?.toLowerCase() ?? ''] ?? 1) / whole) * 100;
    const written = `${writtenOf(boundWord, partRaw!, partScale ? ` ${partScale}` : '')} of ${wholeRaw}${wholeScale ? ` ${wholeScale}` : ''} ${wholeUnit} (${Math.round(value * 10) / 10}%)`;
    out.push(read('capacity lost', '', written, figureStart(m, boundWord, partRaw!), m.index! + m[0].length, { value, decimals: 1, bound, slack }));
  }
  return out;
}

function cutOff(text: string, sentence: string): Measured[] {
  const out: Measured[] = [];
  const patterns: [RegExp, number, number][] = [
    [CUT_TO, 1, 4],
    [LEFT_WITHOUT, 1, 4],
    [AFFECTED, 1, 4],
    [NUMBER_OF, 2, 1],
    [LOST_POWER, 1, 4],
  ];
  for (const [pattern, boundAt, nounAt] of patterns) {
    if (pattern === AFFECTED && !BLACKOUT.test(sentence)) continue;
    for (const m of text.matchAll(pattern)) {
      if (NOT_CUT_OFF.test(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length))) continue;
      const boundWord = m[boundAt];
      const raw = m[boundAt + 1]!;
      const scale = m[boundAt + 2];
      const noun = m[nounAt]!.toLowerCase().replace(/\s+/g, ' ');
      const factor = SCALES[scale?.toLowerCase() ?? ''] ?? 1;
      const value = numberValue(raw) * factor;
      if (!Number.isFinite(value) || value < 2) continue;
      const reading = scaled(boundWord, raw, 1, factor);
      if (!reading) continue;
      const thing = /^(?:people|residents|inhabitants)$/.test(noun) ? 'people' : 'customers';
      out.push(read('cut off', thing, writtenOf(boundWord, raw, `${scale ? ` ${scale}` : ''} ${noun}`), figureStart(m, boundWord, raw), m.index! + m[0].length, reading));
    }
  }
  return out;
}

/**
 * The outage and damage figures one clause states (`sentence` the whole sentence, `eventDay` the
 * event's day, YYYY-MM-DD, to read "until mid-January" as a time from it).
 */
export function outageMeasuresIn(text: string, sentence: string = text, eventDay: string | null = null): Measured[] {
  if (!OUTAGE_WORDS.test(text)) return [];
  const out: Measured[] = [];
  for (const m of [...damageLengths(text), ...repairTimes(text, eventDay), ...capacityLost(text), ...cutOff(text, sentence)]) {
    if (!out.some((o) => o.kind === m.kind && o.start < m.end && m.start < o.end)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}
