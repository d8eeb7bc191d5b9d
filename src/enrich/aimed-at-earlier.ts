/**
 * A day that names an earlier event the sentence's own act is aimed at: "Ana Ruiz on Monday asked the
 * court to annul the October 18 run-off", "The EU on Tuesday called on the authorities to investigate
 * irregularities in Sunday's vote", "filed a challenge on Monday seeking to overturn the result of the
 * March 3 election". The sentence names its own day first, then an act still to be done to the earlier
 * event ("to annul", "to investigate"): the challenge, the call, the appeal is this report's event, and
 * the earlier day is evidence of the vote it answers, not of the report's event (event-date.ts).
 *
 * Only for events of public life (a vote, a summit, a ruling): a report that asks for help "to find the
 * gunman in Sunday's shooting" is still the shooting's, which its follow-ups join (GVA's records date
 * them by the shooting), so nouns of violence are left to the rules for incidents.
 */

/** An earlier event of public life named by its day: "Sunday's presidential run-off", "the October 18 vote". */
const EARLIER_EVENT_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|vote|polls|referendum|run-?off|ballot|primary|summit|talks|ruling|verdict)\b/iu;
/**
 * A weapon's launch or test named by its day: "Tuesday's launch of a Hwasong-19 missile", "Sunday's
 * nuclear test". A statement on it (a council's, a government's) is no launch of its own day.
 */
const WEAPON_TEST_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:launch(?:es)?|(?:missile|nuclear|weapons?)\s+tests?)\b/iu;
/** An act still to be done, as an infinitive after the sentence's own day: "to annul", "seeking to overturn". */
const TO_ACT = /\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|be|have)\b)\p{Ll}{3,}\b/u;
/** A day named outright: a weekday, "January 4", "Jan. 4". */
const NAMED_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2})\b/gi;

/**
 * Whether a day, with the words of its sentence before it (`opening`) and those right after it
 * (`after`), names an earlier event that an act the sentence dates by another day is aimed at.
 */
export function aimedAtEarlierEvent(opening: string, after: string): boolean {
  if (!EARLIER_EVENT_AFTER.test(after)) return false;
  let ownDayEnd = -1;
  for (const m of opening.matchAll(NAMED_DAY)) ownDayEnd = m.index + m[0].length;
  if (ownDayEnd < 0) return false;
  const act = TO_ACT.exec(opening.slice(ownDayEnd));
  // The act and the earlier event in one clause: no full stop or semicolon between them.
  return act !== null && !/[.;]/.test(opening.slice(ownDayEnd + act.index));
}

/**
 * A statement about an earlier event, in the same clause: "congratulated Ana Ruiz on her victory in",
 * "complaints of vote buying in",
 * "welcomed the outcome of", "condemned". Congratulations and condemnations come after what they
 * judge, so the day naming that event is not the statement's, with or without a day of its own.
 */
const REACTION_BEFORE = /\b(?:congratulat|welcom|hail|prais|condemn|denounc|criticis|criticiz|deplor|complain)\p{L}*\b[^.;!?]{0,100}$/iu;
/** "Poll workers welcomed voters at Sunday's election": a welcome at the vote itself, not a statement on it. */
const WELCOME_AT_EVENT = /\bwelcom\p{L}*\s+(?:the\s+)?(?:voters|visitors|guests|delegates|leaders)\b/iu;

/**
 * Whether a day, with the words of its sentence before it (`opening`) and those right after it
 * (`after`), names an earlier event of public life that the sentence congratulates someone on,
 * welcomes or condemns: the statement is this report's event, the vote is another's.
 */
export function reactionToEarlierEvent(opening: string, after: string): boolean {
  const weapon = WEAPON_TEST_AFTER.test(after);
  if (!weapon && !EARLIER_EVENT_AFTER.test(after)) return false;
  const reaction = REACTION_BEFORE.exec(opening);
  if (reaction === null || WELCOME_AT_EVENT.test(reaction[0])) return false;
  // A launch's day is the launch report's own where no other day dates the statement ("Japan condemned
  // Tuesday's launch" in the launch's story); only a statement told with its own day first gives way.
  return !weapon || [...opening.slice(0, reaction.index).matchAll(NAMED_DAY)].length > 0;
}
