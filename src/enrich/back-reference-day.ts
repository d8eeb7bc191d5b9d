/**
 * Days a report names that are not its own event's day, for event-date.ts:
 *
 * - a measure's first day ("a curfew from dusk to dawn, starting on Wednesday"): when the measure takes
 *   effect, not when anything was done; a live page's last entry about a decree would otherwise date
 *   the whole page by the day after;
 * - an earlier incident an inquiry is opened into ("on Monday opened an inquiry into the riots in the
 *   port on May 3"): the sentence dates its own act first, and the later day names what it looks into;
 * - a possessive day in a later paragraph ("the toll from Monday's blast rose to nine") against the
 *   lead's own day: the lead tells the report's act, the later paragraph recalls what came before it;
 * - a telling the morning after a night's act ("was detained overnight, her lawyer said on Sunday"):
 *   the act is the night before the telling;
 * - a possessive day in the lead itself naming what the sentence's own act came after ("ministers met
 *   on Tuesday ... after Saturday's blackout"): the sentence dated its own act first.
 */

/** Before the day a measure takes effect: "starting on", "effective from", "beginning". */
const TAKES_EFFECT_BEFORE = /\b(?:starting|beginning|commencing|effective)\s+(?:(?:from|on)\s+)?(?:(?:late|early)\s+(?:on\s+)?)?$/i;

/** Whether the words before a day say it is when a measure begins ("a ban starting on Friday"). */
export function takesEffectOn(before: string): boolean {
  return TAKES_EFFECT_BEFORE.test(before);
}

/** A clock that opens or closes a span of hours: "from 8pm to 6am", "between 10 p.m. and 5 a.m.". */
const HOURS_OPEN_BEFORE = /\b(?:from|between)\s+$/i;
const HOURS_OPEN_AFTER = /^\s*(?:to|until|till|and|-|–)\s+\d/i;
const HOURS_CLOSE_BEFORE = /\b(?:from|between)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:to|until|till|and|-|–)\s+$/i;

/**
 * Whether a clock is one end of a span of hours, a schedule's ("a curfew from 8pm to 6am"): the hours a
 * measure holds each day, not when something happened.
 */
export function scheduleHours(before: string, after: string): boolean {
  return (HOURS_OPEN_BEFORE.test(before) && HOURS_OPEN_AFTER.test(after)) || HOURS_CLOSE_BEFORE.test(before);
}

/** A day named outright: a weekday or a month and day. */
const OWN_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2})\b/gi;
/** An inquiry and what it looks into, ending on the day of that earlier matter: "an inquiry into the clashes in the north on". */
const INQUIRY_INTO_BEFORE = /\b(?:inquiry|inquiries|investigation|probe|inquest)\s+(?:into|of)\s+(?:the\s+)?[^.;:!?]{1,80}?\s+on\s+$/i;

/**
 * Whether a day names the earlier matter an inquiry looks into, in a sentence that dated its own act
 * by another day before it ("the ombudsman on Friday opened an inquiry into the evictions on June 2").
 */
export function inquiryIntoEarlier(opening: string): boolean {
  const inquiry = INQUIRY_INTO_BEFORE.exec(opening);
  if (!inquiry) return false;
  for (const m of opening.slice(0, inquiry.index).matchAll(OWN_DAY)) if (!/[.;]/.test(opening.slice(m.index + m[0].length, inquiry.index))) return true;
  return false;
}

/**
 * An act overnight, then who told it and the day they did: "was detained overnight, her lawyer said on".
 * The act is on the night before the telling's day.
 */
const OVERNIGHT_THEN_TOLD = /\bovernight\b[^.;:!?]{0,20},\s+(?:[\p{L}'’.-]+\s+){1,5}(?:said|says|told\s+\p{L}+|reported|announced|confirmed)\s+(?:on\s+)?$/iu;

/** Whether a day is that of a telling of an act done overnight before it. */
export function overnightBeforeTelling(opening: string): boolean {
  return OVERNIGHT_THEN_TOLD.test(opening);
}

/**
 * A day's possessive and the thing of that day it names, up to two words between: "'s blackout",
 * "'s power cut", "'s anchor damage". Any noun in lower case: the clause before the day says it is
 * another matter (possessiveAfterOwnDay), not the noun.
 */
const POSSESSIVE_THING = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]{2,}\b/u;
/**
 * The sentence's own act on its day, then a clause of what it came after or is about: "met in Brussels
 * on Tuesday for emergency talks ..., after (Saturday's blackout)", "convened on Monday following".
 */
const OWN_DAY_THEN_CAUSE = new RegExp(String.raw`\bon\s+(?:(?:early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b[^.;!?]*?\b(?:after|following|amid|over|in\s+the\s+wake\s+of|in\s+response\s+to|(?:to\s+)?discuss(?:ed|ing)?)\b[^.;!?]*$`, 'iu');

/**
 * Whether a possessive day names another matter than the sentence's own act, which the sentence dated
 * before it by "on" its own day and then told what that act came after ("European ministers met on
 * Tuesday ... after last week's damage ... and Saturday's blackout"). The possessive day had outweighed
 * the act's, being the earlier of two days of one sentence (review ux73a: the ministers' meeting was
 * dated by the blackout). event-date.ts asks this only where the sentence tells no violence, arrest or
 * court step (a crime's follow-up is dated by its crime) and the sentence's own day is later.
 */
export function possessiveAfterOwnDay(opening: string, after: string): boolean {
  return POSSESSIVE_THING.test(after) && OWN_DAY_THEN_CAUSE.test(opening);
}
