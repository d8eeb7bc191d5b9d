/**
 * The incident's day in a late report whose own days are only a later step's (a charge, a hearing), or
 * that gives none: a follow-up weeks on that writes out when the incident happened, in words the stricter rules of
 * event-date.ts do not take ("prosecutors say the two men shot four people at a cookout on May 1", "died
 * three weeks ago, on May 29, killed by a gunshot to the chest", "it happened at about 11 p.m. in
 * Dayton, Ohio, on August 8"). Without it such a report is dated by its step or its publication, neither
 * a day of the incident. Only a written-out day in a sentence that tells a shooting or a killing, where the
 * incident comes before the day with no later step between them ("shot a man and was arrested on May
 * 30" is the arrest's day, and "arrested in the shooting on May 1" may be), or the day opens what the
 * sentence tells and no step precedes it ("Shortly after closing time on June 21, two bartenders were
 * shot"); not an incident cited as background ("the third shooting since the May 1 killing").
 */

import { BACKGROUND_SINCE } from './own-since.js';
import { COMPARED_WITH } from './compared-with.js';

/**
 * Words of a shooting or a killing, the dead found, and the police called out to it: a follow-up tells
 * the incident as "were found dead inside a truck on July 14", "the inquiry opened once officers
 * responded to the bar on Aug. 20" or "several men were firing shots inside the bar on May 14".
 */
const INCIDENT = /\b(?:shot|shooting|shootings|shoot-?outs?|gunfire|gunshot|gunfights?|killed|killing|killings|slain|slaying|stabbed|stabbing|murder(?:ed|s)?|homicides?|wounded|opened\s+fire|(?:fired|firing)\s+(?:(?:\w+\s+){0,2}?(?:shots|rounds)|at|into)|found\s+(?:shot\s+)?dead|(?:police|officers|deputies|troopers)\s+(?:were\s+)?(?:responded|called|dispatched)\s+to)\b/gi;
/**
 * What a day that opens its sentence may go on to tell: the incident's words, or the bullet itself ("On
 * March 9, the boy was asleep when a bullet pierced his bedroom wall", "cornered him on May 2,
 * finishing him with a bullet"). Only after the day: a bullet before it may be a surgeon's ("the bullet
 * was removed on May 3").
 */
const OPENED_INCIDENT = new RegExp(String.raw`${INCIDENT.source}|\bbullets?\b`, 'i');
/** A later step, or a life event, that dates the words after it: "was arrested on May 30", "born on". */
const STEP = /\b(?:arrest(?:ed)?|charged|indicted|sentenced|convicted|arraigned|pleaded|released|identified|born|buried|funeral|vigil|hearing|trial|court|filed|testified|said|told|reported|announced)\b/gi;
/**
 * "Same" as a cue of an earlier incident ("on the same block", "the same day"), but not of a weapon: "the
 * same gun fired when the boy was hit on April 24" ties a follow-up's arrest to the very
 * incident it follows.
 */
export const SAME_NOT_WEAPON = String.raw`same(?!\s+(?:[\w.-]+\s+){0,2}?(?:guns?|weapons?|firearms?|handguns?|pistols?|rifles?|shotguns?|revolvers?|bullets?|(?:shell\s+)?casings?)\b)`;
/**
 * An earlier incident cited for comparison, not the one reported; or a day that dates a publication
 * ("according to a May 22 article", "a report released on").
 */
const BACKGROUND = new RegExp(String.raw`\b(?:${BACKGROUND_SINCE}|${COMPARED_WITH}|anniversary|${SAME_NOT_WEAPON}|previous(?:ly)?|another|earlier|prior|(?:years?|months?|weeks?)\s+(?:after|${BACKGROUND_SINCE})|separate|unrelated|article|report|story|study|survey|editorial|column|published)\b`, 'i');
/**
 * An end of a span of time ("31 shootings from Jan. 1 through June 30"): a tally's period,
 * not the day of one incident. Either end: the day after "from" and the one after "through". "To" ends a
 * span only before another day or a month ("Jan. 1 to June 30", "May 2 to date"): before a verb it opens
 * a purpose ("on May 7, to settle a feud, the men shot ...", "responded on April 21 to find victims shot").
 */
const SPAN_BEFORE = /\b(?:from|between|since|through|thru|until|till)\s+(?:the\s+)?$/i;
const SPAN_AFTER = /^\s*,?\s*(?:\d{4}\s*,?\s*)?(?:through|thru|until|till|to(?=\s+(?:(?:early|late|mid)[\s-]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+(?:end|present)\b|today\b|now\b|date\b)))\b/i;
/**
 * "It happened at about 11 p.m. in Dayton, Ohio, on": the incident (or "it") happened, then a time and a
 * place set off by commas, then the day.
 */
const HAPPENED = /\b(?:it|the\s+(?:[\w-]+\s+){0,2}(?:incident|shooting|stabbing|killing|slaying|homicide|attack))\s+(?:happened|occurred|took\s+place)\b(?:[^.;]|[ap]\.m\.){0,80}$/i;

/** A determiner and at most one word before the incident's word: it is named as a noun ("the fatal shooting"). */
const NOUN_BEFORE = /\b(?:the|a|an|this|that|his|her|their)\s+(?:[\w-]+\s+)?$/i;

/** What opens another clause after the incident's word: "and was found", "before he fled", "who". */
const OTHER_CLAUSE = /\b(?:(?:and|but|then)\s+(?:\w+\s+)?(?:was|were|had|has|is|are)|before|after|until|when|while|who|which|where)\b/i;
/**
 * "Just after" or "shortly before" right before the day (or its clock time) is the day's own
 * preposition ("were firing shots in the lot of the diner, just after 3 a.m. on May 9"), not another clause.
 */
const DAY_PREPOSITION = /(?:(?:just|shortly|right|soon|sometime|some\s+time)\s+)?(?:after|before)\s+$/i;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index!;
  return last;
}

/**
 * Whether a written-out day splits its sentence into `before` (the sentence up to the day) and `after`
 * (the rest of the sentence) so that the day is the incident's (see the module's header).
 */
export function lateIncidentDay(before: string, after: string): boolean {
  if (BACKGROUND.test(before) || SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) return false;
  if (HAPPENED.test(before) && lastIndex(STEP, before.slice(before.search(HAPPENED))) < 0) return true;
  const incident = lastIndex(INCIDENT, before);
  const step = lastIndex(STEP, before);
  // The incident named as a noun after a step ("arrested in the fatal shooting on January 11") leaves
  // the day ambiguous, as event-date.ts reads it: the arrest may be what fell on it.
  // Another clause between the incident and the day ("shot a guard and was found on") takes the day.
  if (incident >= 0) return incident > step && !(step >= 0 && NOUN_BEFORE.test(before.slice(0, incident))) && !OTHER_CLAUSE.test(before.slice(incident).replace(DAY_PREPOSITION, ''));
  // The day opens what the sentence tells: its incident follows, with no step before or between.
  if (step >= 0) return false;
  const first = after.search(OPENED_INCIDENT);
  return first >= 0 && lastIndex(STEP, after.slice(0, first)) < 0 && !BACKGROUND.test(after.slice(0, first));
}
