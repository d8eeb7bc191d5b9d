/**
 * Deaths from an illness: an outbreak's toll. A report on cholera or measles counts the dead as a
 * running total ("nine deaths since the start of the outbreak", "the toll rose to 44"), not as people
 * killed by someone or something: read with the violence rules they showed as "58 killed", and most
 * of the ways such reports give the figure ("312 cases and nine deaths", "puts the toll at 66") were
 * not read at all. A report is about an illness where it names one (or an epidemic, or an outbreak
 * with cases) and tells of no gun, blast, attack or crash: a shooting at a clinic stays a shooting.
 * Its deaths are `died`, never `killed`; its cases are no one's injuries. A count for one day ("two
 * deaths in the past 24 hours") is the day's, never the running total, and is not read.
 */
import type { Casualties } from '../model/types.js';
import { ABOUT, NOT_A_MEASURE, NUMBER, WHO, wordNumber } from './casualty-count.js';

/** Named illnesses, and the words for an illness spreading. */
const ILLNESS = /\b(?:cholera|ebola|measles|malaria|dengue|typhoid|mpox|monkeypox|covid(?:-19)?|coronavirus|influenza|bird\s+flu|avian\s+flu|swine\s+flu|marburg|plague|meningitis|diphtheria|polio|anthrax|lassa\s+fever|zika|yellow\s+fever|hepatitis|tuberculosis|chikungunya|nipah|legionnaires|listeria|salmonella|epidemic|pandemic)\b/i;
/** An outbreak is an illness's only where cases or infections are told beside it ("an outbreak of fighting" is not). */
const OUTBREAK = /\boutbreak\b/i;
const CASES = /\b(?:cases|infections?|infected|patients|vaccin\w*|contagio\w*)\b/i;
/**
 * Harm done by someone, by an accident or a disaster, or by a drug: such a report's deaths are the
 * violence rules' to read ("a house fire during the pandemic killed three" is three killed; an
 * "opioid epidemic" is no outbreak of an illness). Told as harm, not as a word alone: an outbreak's
 * page says "drains flooded" and carries a teaser "council fires town clerk". Not a vaccine's "shot".
 */
const VIOLENCE = /\b(?:(?<!(?:booster|vaccine|flu|covid|measles|polio)\s)shots?|shot\s+dead|shooting|gun\w*|firearm|stabb\w*|knife|bomb\w*|blast|explosion|explosive|air\s?strikes?|shelling|missiles?|rockets?|drone\s+strikes?|attack(?:ed|s|ers?)?|ambush\w*|clash\w*|crash\w*|collid\w*|collision|murder\w*|homicide|slain|massacre\w*|gunm[ae]n|militants?|troops|soldiers|(?:house|building|apartment|forest|wild)\s*fires?|blaze|fire\s+(?:broke|swept|gutted|killed|destroyed)|floods?\s+(?:killed|swept|left)|flash\s+floods?|earthquake|landslide|mudslide|hurricane|cyclone|typhoon|tornado(?:es)?|avalanche|stampede|(?:building|bridge|mine|roof|wall|tunnel|block)s?\s+(?:\w+\s+)?collaps\w*|collapsed,?\s+killing|overturned|capsiz\w*|drown(?:ed|ing|s)?|(?:road|traffic|car|bus|mining|industrial)\s+accidents?|derail\w*|overdos\w*|opioids?|fentanyl)\b/i;

/**
 * How far into the text the illness must be named: an outbreak's report names it in its headline or
 * lead. Named only further down ("a building put up during the pandemic", "the 1918 flu pandemic"), it
 * is background to another story, whose deaths the violence and accident rules read (review68).
 */
const LEAD_CHARS = 600;

/** Whether the text is about an illness (named in its lead) and not about violence or an accident. */
export function illnessReport(text: string): boolean {
  const lead = text.slice(0, LEAD_CHARS);
  return (ILLNESS.test(lead) || (OUTBREAK.test(lead) && CASES.test(lead))) && !VIOLENCE.test(text);
}

/** A count for one day or one short span: "in the past 24 hours", "new deaths", "overnight". */
const DAILY = /\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:24|48|72|twenty-four|forty-eight|seventy-two)\s+hours\b|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+day\b|\bnew\s+deaths\b|\bdaily\b|\bovernight\b|\b(?:today|yesterday|\w+day)\s+alone\b/gi;
/** Words that turn a day's count back to the running total: "bringing the total to", "since the start". */
const TOTAL = /\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|lift(?:s|ed|ing)?)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:total|toll|tally|count|number)\b|\bfor\s+a\s+(?:cumulative\s+)?total\s+of\b|\bcumulative(?:ly)?\b|\bsince\s+the\s+(?:start|beginning|outbreak)\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\boverall\b/i;
/** An earlier outbreak's toll told as background: "the last large outbreak, in 2024, killed 700". */
const EARLIER_OUTBREAK = /\b(?:last|previous|earlier|prior|worst|deadliest)\s+(?:\w+\s+){0,2}(?:outbreak|epidemic|pandemic)\b|\bin\s+(?:19|20)\d\d\b/i;

/** How far a sentence is looked for each way: text with no stop for longer (a scraped table) is no prose, and looked at whole it made each figure's search as long as the text (review68). */
const SENTENCE_REACH = 1_000;

/** Where the sentence holding `at` starts and ends (within SENTENCE_REACH of it). */
function sentenceSpan(text: string, at: number): { start: number; end: number } {
  let start = at;
  const first = Math.max(0, at - SENTENCE_REACH);
  while (start > first && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  const last = Math.min(text.length, at + SENTENCE_REACH);
  while (end < last && !/[.!?\n]/.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Whether the figure at `at` is a count for one day: the marker is in its own clause ("two deaths in
 * the past 24 hours"), or opens its sentence and nothing after the marker brings the running total in.
 */
export function dailyCountAt(text: string, at: number, matched: string): boolean {
  if (/\bnew\b/i.test(matched)) return true;
  const { start, end } = sentenceSpan(text, at);
  const clauseEnd = text.slice(at, end).search(/[,;]|\s+but\s/);
  const clause = text.slice(at, clauseEnd < 0 ? end : at + clauseEnd);
  DAILY.lastIndex = 0;
  if (DAILY.test(clause)) return true;
  const before = text.slice(start, at);
  let last = -1;
  DAILY.lastIndex = 0;
  for (const m of before.matchAll(DAILY)) last = m.index + m[0].length;
  return last >= 0 && !TOTAL.test(before.slice(last));
}

const N = `${ABOUT}${NUMBER}${NOT_A_MEASURE}`;
/** After a figure: not a count of the sick. */
const NOT_CASES = String.raw`(?!\s+(?:[\w-]+\s+)?(?:cases|infections|patients)\b)`;
/** The ways an outbreak's toll is written; each has one group, the figure. */
const DEATH_PATTERNS: readonly RegExp[] = [
  // "nine deaths", "58 deaths", "20 dead", "two fatalities".
  new RegExp(String.raw`\b${N}\s+(?:more\s+|new\s+|further\s+|confirmed\s+|suspected\s+|reported\s+|recorded\s+)?(?:deaths|fatalities|dead)\b`, 'gi'),
  // "58 people have died", "at least 12 people had died", "14 have died".
  new RegExp(String.raw`\b${N}\s+${WHO}(?:(?:had|have|has)\s+(?:since\s+|now\s+|so\s+far\s+)?)?died\b`, 'gi'),
  // "the death toll rose to 44", "puts the toll at 66", "deaths reach 15", "the number of deaths stood at 9".
  // Not across a count of cases: "three deaths were recorded, bringing the total to 1,805 cases".
  new RegExp(String.raw`\b(?:toll|tally\s+of\s+deaths|number\s+of\s+deaths|deaths)\b(?:(?!\b(?:cases|total|infections)\b)[^.;!?\n]){0,40}?\b(?:to|at|of|reached?|reaches|hit|hits|tops?|passe[sd]|stands?\s+at|stood\s+at)\s+${N}${NOT_CASES}`, 'gi'),
  // "has killed 15 people", "killing nine", "claimed 20 lives", "claimed the lives of 12 people".
  new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|claim(?:ed|ing|s)(?:\s+the\s+lives\s+of)?)\s+${N}(?:\s+(?:${WHO}|lives\b))?`, 'gi'),
  // "The two people who died", "the three patients who have died".
  new RegExp(String.raw`\bthe\s+${NUMBER}\s+(?:people|persons|patients|children|adults|victims)\s+(?:who|that)\s+(?:have\s+|had\s+)?died\b`, 'gi'),
];

/**
 * One more death told as an ordinal: "a third child died on Thursday" is the running total's third. Told
 * so, an outbreak's toll stayed at the two of an earlier report (review ux76b fault 12). Only "a" and a
 * person: "the third day" or "a second wave" count no one.
 */
const ORDINAL_DEATH = /\ba\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:child|person|patient|man|woman|boy|girl|baby|infant|resident|pupil|victim)\s+(?:has\s+|had\s+)?died\b/gi;
const ORDINALS: ReadonlyMap<string, number> = new Map(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [w, i + 2]));

const figure = (raw: string): number | undefined => ORDINALS.get(raw.toLowerCase()) ?? (/^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : wordNumber(raw.toLowerCase()));

/** Every running-total figure of deaths the text gives, each with where it stands. */
export function illnessDeathFigures(text: string): { value: number; at: number }[] {
  const out: { value: number; at: number }[] = [];
  for (const pattern of [...DEATH_PATTERNS, ORDINAL_DEATH]) {
    for (const m of text.matchAll(pattern)) {
      const raw = m[1];
      if (!raw) continue;
      const value = figure(raw);
      // Years and cases by the thousand are no toll read this way.
      if (value === undefined || value > 1_000_000 || (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100)) continue;
      const at = m.index + m[0].indexOf(raw);
      if (dailyCountAt(text, at, m[0])) continue;
      const { start, end } = sentenceSpan(text, at);
      if (EARLIER_OUTBREAK.test(text.slice(start, end))) continue;
      out.push({ value, at });
    }
  }
  return out;
}

/** An illness report's casualties: its highest running total of deaths (tolls only rise), or null where it gives none. */
export function illnessCasualties(text: string): Casualties | null {
  const figures = illnessDeathFigures(text);
  if (figures.length === 0) return null;
  return { killed: null, injured: null, died: Math.max(...figures.map((f) => f.value)) };
}
