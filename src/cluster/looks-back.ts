/**
 * Whether a report's headline or lead points back to an incident before its own day: in time ("last
 * month's shooting", "weeks ago") or to a crime against people ("the shooting that killed a teenager",
 * "charged with killing", "in connection with a death"). A late report naming nobody may still be a
 * follow-up of an earlier shooting in its town when it says so; one that tells a new shooting on a day of
 * its own ("shot Sunday evening outside a store") is another.
 */

/** The headline and this much of the body: where a follow-up says what it follows. */
const LEAD = 600;

const IN_TIME = new RegExp(
  [
    String.raw`\b(?:last|earlier this|previous)\s+(?:month|week)\b`,
    String.raw`\b(?:weeks?|months?)\s+ago\b`,
    String.raw`\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?)\s+(?:after|since)\b`,
  ].join('|'),
  'i',
);

/**
 * Crimes against people only: "the attack that crippled hospitals" or "earlier this month" leads a
 * minister's welcome of sanctions for a hack, which is an event of its own (lead-act.ts).
 */
const HARM = '(?:shooting|killing|homicide|stabbing|slaying|murder|death)';
/** A word before the crime, a possessive or hyphened one too: "a pensioner's death", "the drive-by shooting". */
const WORD = String.raw`[\w'’-]+`;
const TO_CRIME = new RegExp(
  [
    String.raw`\bthe\s+(?:${WORD}\s+)?${HARM}\s+(?:that|which|in which)\b`,
    String.raw`\bin\s+connection\s+with\s+(?:${WORD}\s+){0,4}?${HARM}\b`,
    String.raw`\b(?:charged|arrested|indicted|convicted|sentenced)\s+(?:${WORD}\s+){0,3}(?:in|for|with)\s+(?:the\s+)?(?:${WORD}\s+)?${HARM}\b`,
  ].join('|'),
  'i',
);

/**
 * A headline whose news is who the victim of a crime against people was ("Victim of Elm Street shooting
 * identified", "Police identify victim of gas station shooting"): the crime is most often an earlier one. In
 * the headline only, since a first report's lead names its victim too ("Police identified the victim as
 * ...") on the crime's own day. Not a headline that says the victim is still unknown ("has not been
 * identified", "working to identify", "help identify"): that is a first report's. And not a victim of
 * a crash: a crime against people only.
 */
const IDENTIFIED = new RegExp(
  [
    String.raw`\bvictims?\b.*\bidentified\b`,
    String.raw`\b(?:killed|shot|slain|wounded|dead)\b.*\b(?:shooting|homicide|stabbing)\s+(?:(?:is|are|has\s+been|have\s+been)\s+)?identified\b`,
    String.raw`\bidentif(?:y|ies|ied)\s+(?:\w+\s+){0,2}?victims?\b`,
  ].join('|'),
  'i',
);
/** A headline saying the victim is still unknown, or asking the public's help to name him. */
const STILL_UNKNOWN = /\b(?:not|yet\s+to\s+be|never)\s+(?:yet\s+|been\s+|yet\s+been\s+)?identified\b|\b(?:working|trying|seeks?|seeking|asks?|asking|need|needs)\s+(?:\w+\s+){0,2}?(?:to\s+)?identify\b|\bhelp\s+(?:to\s+)?identify(?:ing)?\b|\bhelp\s+(?:in\s+)?identifying\b/i;
const CRIME = /\b(?:shooting|shot|shootout|gunfire|gunman|killed|killing|slain|slaying|homicide|murder(?:ed)?|stabb(?:ing|ed)|fatal|dead|death)\b/i;
const ACCIDENT = /\b(?:crash|collision|wreck|blaze|drowning|drowned|overdose)\b/i;

/**
 * A crime told with its weekday in the lead ("killed in a shooting Friday night", "was shot early
 * Sunday"): the report dates the crime it names, which may be a new one ("Police identify victim of
 * Friday shooting" three weeks after another killing in the town), not the day the victim was named.
 */
const CRIME_ON_DAY = /\b(?:shooting|shot|killed|slain|stabbed|stabbing|died)\b[^.]{0,30}?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Whether the headline's news is the victim of a crime against people named (IDENTIFIED), and the lead
 * does not date the crime itself.
 */
export function identifiesVictim(headline: string, body: string): boolean {
  if (!IDENTIFIED.test(headline) || STILL_UNKNOWN.test(headline) || !CRIME.test(headline) || ACCIDENT.test(headline)) return false;
  return !CRIME_ON_DAY.test(`${headline}\n${body.slice(0, LEAD)}`);
}

/** 'crime' when the lead points back to a crime against people, 'time' when only to an earlier day, else null. */
export function looksBack(headline: string, body: string): 'crime' | 'time' | null {
  const lead = `${headline}\n${body.slice(0, LEAD)}`;
  if (TO_CRIME.test(lead)) return 'crime';
  return IN_TIME.test(lead) ? 'time' : null;
}
