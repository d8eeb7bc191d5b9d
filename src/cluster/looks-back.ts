/**
 * Whether a report's headline or lead points back to an incident before its own day: in time ("last
 * month's shooting", "weeks ago") or to a crime against people ("the shooting that killed a teenager",
 * "charged with killing", "in connection with the death of"). A late report naming nobody may still be a
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
const TO_CRIME = new RegExp(
  [
    String.raw`\bthe\s+(?:\w+\s+)?${HARM}\s+(?:that|which|in which)\b`,
    String.raw`\bin\s+connection\s+with\s+(?:\w+\s+){0,4}?${HARM}\b`,
    String.raw`\b(?:charged|arrested|indicted|convicted|sentenced)\s+(?:\w+\s+){0,3}(?:in|for|with)\s+(?:the\s+)?(?:\w+\s+)?${HARM}\b`,
  ].join('|'),
  'i',
);

/**
 * A headline whose news is who the victim of a shooting was ("Victim of Elm Street
 * shooting identified", "Police identify man killed at gas station"): the
 * shooting is an earlier one. In the headline only, since a first report's lead names its victim too
 * ("Police identified the victim as ...") on the shooting's own day.
 */
const IDENTIFIED = new RegExp(
  [
    String.raw`\bvictims?\b.*\bidentified\b`,
    String.raw`\b(?:killed|shot|slain|wounded|dead)\b.*\b(?:shooting|homicide|stabbing)\s+(?:(?:is|are|has\s+been|have\s+been)\s+)?identified\b`,
    String.raw`\bidentif(?:y|ies|ied)\s+(?:\w+\s+){0,2}?victims?\b`,
  ].join('|'),
  'i',
);

/** 'crime' when the lead points back to a crime against people, 'time' when only to an earlier day, else null. */
export function looksBack(headline: string, body: string): 'crime' | 'time' | null {
  const lead = `${headline}\n${body.slice(0, LEAD)}`;
  if (TO_CRIME.test(lead) || IDENTIFIED.test(headline)) return 'crime';
  return IN_TIME.test(lead) ? 'time' : null;
}
