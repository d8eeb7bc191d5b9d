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
 *   on Tuesday ... after Saturday's blackout"): the sentence dated its own act first;
 * - a day in a phrase naming what the report's act followed ("The rise followed Monday's seizure",
 *   "came in the wake of the seizure of the ship on Monday"): the earlier event's, which the record
 *   links, whether or not the lead gave its own act a day;
 * - a day in a relative clause recalling an earlier act after a day of the sentence's own ("announced on
 *   Wednesday ..., after the militia, which seized the ship on Monday, threatened"): the earlier act's.
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
  return inquiry !== null && dayBefore(opening, inquiry.index);
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

/**
 * What a report's own act followed: "The rise followed", "the increase came (days) after", "came in the
 * wake of", "on the heels of", "was prompted by". The verb "followed" only with an earlier act's noun
 * after it: "Police followed the car on Monday" is the sentence's own act.
 */
const FOLLOWED = String.raw`(?:followed|follows|(?:came|comes|come)\s+(?:(?:hours|days|weeks|a\s+day|a\s+week|(?:two|three|four|five|six)\s+days)\s+)?(?:after|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)|(?:was|were|has\s+been|had\s+been)\s+(?:prompted|triggered|sparked|driven)\s+by|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)`;
/** A lead's plain "after" or "following" (", brokers said, after Monday's attack"): only after a day of the sentence's own. */
const AFTER = String.raw`(?:after|following)`;
/**
 * An earlier act's noun: a seizure, an attack, an announcement. Not a thing followed ("the car", "the
 * suspect"), nor a disaster, whose rescue and toll are its own report's (earlier-disaster-day.ts).
 */
const ACT_NOUN = String.raw`(?:seizures?|captures?|hijackings?|boardings?|detentions?|attacks?|assaults?|strikes?|air\s*strikes?|raids?|bombings?|shelling|ambush(?:es)?|blasts?|explosions?|sinking|collisions?|announcements?|decisions?|declarations?|closures?|elections?|votes?|referendums?|coups?|invasions?|incursions?|threats?)`;
/** A possessive day naming an earlier act: "'s seizure of the ship", "'s drone attack". */
const POSSESSIVE_ACT = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?${ACT_NOUN}\b`, 'iu');
const FOLLOWED_POSSESSIVE = new RegExp(String.raw`\b${FOLLOWED}\s+(?:last\s+)?$`, 'iu');
const AFTER_POSSESSIVE = new RegExp(String.raw`\b${AFTER}\s+(?:last\s+)?$`, 'iu');
/** The phrase, then the earlier act's noun and what it was done to or by, ending on "on" before the day. */
const FOLLOWED_ACT_ON = new RegExp(String.raw`\b${FOLLOWED}\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${ACT_NOUN}\b[^.;:!?]{0,80}?\s+on\s+(?:(?:early|late)\s+)?$`, 'iu');
const AFTER_ACT_ON = new RegExp(String.raw`\b(?:(?:hours|days|weeks|a\s+day|a\s+week|(?:two|three|four|five|six)\s+days)\s+)?${AFTER}\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${ACT_NOUN}\b[^.;:!?]{0,80}?\s+on\s+(?:(?:early|late)\s+)?$`, 'iu');
/** "came after gunmen seized the ship on": the clause the report's act came after, to the day. */
const CAME_AFTER_CLAUSE = /\b(?:came|comes)\s+(?:(?:hours|days|weeks|a\s+day|a\s+week)\s+)?after\s+[^.;:!?,]{1,80}?\s+on\s+(?:(?:early|late)\s+)?$/iu;

/** Whether the words before `at` in a sentence's opening name a day of the sentence's own, in the same clause run (no full stop or semicolon between). */
function dayBefore(opening: string, at: number): boolean {
  for (const m of opening.slice(0, at).matchAll(OWN_DAY)) if (!/[.;]/.test(opening.slice(m.index + m[0].length, at))) return true;
  return false;
}

/**
 * Whether a day names the earlier event the report's own act followed: "The rise followed Monday's
 * seizure", "in the wake of Monday's seizure", "came in the wake of the seizure of the ship on Monday",
 * "came after gunmen seized the ship on Monday", and after a day of the sentence's own "(rose on
 * Thursday, brokers said,) after Monday's attack", "(on Thursday,) days after the seizure on Monday".
 * The report's act is its lead's verb (a premium rise dated by the seizure had joined the seizure's
 * record); the earlier event is a link (related.ts). event-date.ts asks this only where the sentence
 * tells no violence, arrest or court step: a crime's follow-up ("arrested after Saturday's shooting")
 * is dated by its crime.
 */
export function antecedentDay(opening: string, after: string): boolean {
  const tail = opening.slice(-200);
  if (POSSESSIVE_ACT.test(after)) {
    if (FOLLOWED_POSSESSIVE.test(tail)) return true;
    const plain = AFTER_POSSESSIVE.exec(opening);
    if (plain && dayBefore(opening, plain.index)) return true;
  }
  if (FOLLOWED_ACT_ON.test(tail) || CAME_AFTER_CLAUSE.test(tail)) return true;
  const plain = AFTER_ACT_ON.exec(opening);
  return plain !== null && dayBefore(opening, plain.index);
}

/**
 * A non-restrictive relative clause recalling an act its subject did, to the day: ", which seized the
 * container ship on", ", which had closed the port on". Only a clause opened by its comma, with no other
 * clause in it, and in the active: what befell a place or a person ("Tarn, which was buried by a
 * landslide on Saturday") is most often the report's own incident, whose rescue or death follows.
 */
const RELATIVE_ACT_ON = /,\s+(?:which|who)\s+(?:(?:had|has|have)\s+)?(?:also\s+|first\s+)?(?:\p{L}+ed|struck|hit|took|sank|stole|sent|held|began|fought)\b[^.;:!?,()]{0,80}?\s+on\s+(?:(?:early|late)\s+)?$/iu;

/**
 * Whether a day is that of an earlier act a relative clause recalls, after a day the sentence gave its
 * own act ("A coalition announced on Wednesday a mission ..., after the militia, which seized the ship on
 * Monday, threatened more attacks"): the earlier of a sentence's two days had dated the mission by the
 * seizure. Without a day of the sentence's own before the clause, the clause's day stays a candidate
 * ("Acme, which announced on Monday that it would cut 500 jobs, said" may be all a report dates).
 */
export function relativeClauseDay(opening: string): boolean {
  const clause = RELATIVE_ACT_ON.exec(opening);
  return clause !== null && dayBefore(opening, clause.index);
}
