/**
 * A public body's act told with its own day in a report's sentence: "after Zimbabwe closed the border
 * post to passengers on Thursday", "the ministry declared an outbreak on Monday". A report that leads
 * with what followed the act ("travellers were stranded at the crossing on Friday after ...") is the
 * act's report, and the act's day is its event's: the day of the stranding had dated it (review ux67b).
 * The acts are those clustering reads a lead by (cluster/public-acts.ts), an epidemic's tally aside,
 * which tells counts, not an act with a day of its own.
 */
import { PUBLIC_ACTS } from '../cluster/public-acts.js';

const ACTS = PUBLIC_ACTS.filter(([kind]) => kind !== 'tally').map(([, pattern]) => `(?:${pattern})`).join('|');

/** A measure imposed, told in the passive ("a curfew was imposed", "a state of emergency has been declared"). */
const MEASURE_IMPOSED = String.raw`\b(?:curfews?|lockdowns?|state\s+of\s+(?:emergency|siege)|martial\s+law)\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)(?:(?:also|then|swiftly|quickly)\s+)?(?:imposed|declared|ordered|introduced|put\s+in\s+place)\b`;

/**
 * The act, then what it was done for or to ("to passengers", "with Zambia", "for 21 days"), then "on" and
 * the day, at the end of the words before a date; no other verb between, so "lifted the emergency it
 * declared on" gives the declaration no act of its own.
 */
const ACT_THEN_DAY = new RegExp(String.raw`(?:\b(?:${ACTS})\b|${MEASURE_IMPOSED})(?:\s+(?:to|for|with|from|at|in|along|across|near|between)\s+[\p{L}\d'’ -]{1,40}?)?\s+on\s+(?:(?:early|late)\s+)?$`, 'iu');

/** Whether the words before a day end with a public body's act told with that day ("closed the border post to passengers on "). */
export function publicActDay(before: string): boolean {
  return ACT_THEN_DAY.test(before.slice(-200));
}

/**
 * After a day, a clause that tells the act the day's own news followed: "(stranded on Friday) after
 * Zimbabwe closed the border post". The day is then the aftermath's, weighed as a telling's is.
 */
export const AFTER_PUBLIC_ACT = new RegExp(String.raw`^[^.;]{0,40}?\b(?:after|following)\b[^.;]{0,80}?(?:${ACTS})`, 'iu');


/**
 * The act with its own day, then "after" or "following", right before another day: "A curfew was imposed
 * in Dorrance on Thursday after (Tuesday's shooting)", "the governor declared a state of emergency on
 * Friday following (Wednesday's riots)".
 */
const ACT_DAY_THEN_CAUSE = new RegExp(String.raw`(?:\b(?:${ACTS})\b|${MEASURE_IMPOSED})[^.;!?]{0,60}?\bon\s+(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:after|following|in\s+the\s+wake\s+of)\s+$`, 'iu');
/** A possessive day naming what happened then: "'s shooting", "'s riots". */
const POSSESSIVE_CAUSE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:shooting|stabbing|attack|bombing|blast|explosion|riots?|unrest|clashes|violence|killings?|massacre|protests?)\b/iu;

/**
 * Whether a day is that of the incident a public body's act answers, the act told first with its own
 * day: "imposed in Dorrance on Thursday after Tuesday's shooting". The act is the report's event, the
 * shooting an earlier one (related.ts lists it); the possessive day had dated the curfew by the shooting.
 */
export function causeOfDatedAct(opening: string, after: string): boolean {
  return POSSESSIVE_CAUSE.test(after) && ACT_DAY_THEN_CAUSE.test(opening.slice(-200));
}

/** After a day, the incident the act answers: "(on Thursday) after Tuesday's shooting". */
const CAUSE_AFTER_DAY = new RegExp(String.raw`^,?\s+(?:after|following|in\s+the\s+wake\s+of)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['’]s\s)`, 'iu');

/**
 * Whether a public act's day is followed by the incident it answers, told with the incident's own day
 * ("imposed in Dorrance on Thursday after Tuesday's shooting"): the day is the act's even though the
 * sentence tells of deaths, which publicActDay's callers otherwise take for the incident's sentence.
 */
export function actDayBeforeItsCause(opening: string, after: string): boolean {
  return CAUSE_AFTER_DAY.test(after) && publicActDay(opening);
}
