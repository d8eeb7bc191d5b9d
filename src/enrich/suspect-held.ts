/**
 * Where a suspect was held or caught, not where the event happened: "remains jailed without bond at
 * the Pine Ridge Regional Jail in Milford", "was booked at the Dover police lockup", "was detained
 * in Reno", "was caught hiding at his Salem home". A county's jail or a
 * town's police station may be far from the scene, so such a mention is no evidence of it.
 */

/** Verbs that keep or catch a suspect, and the words up to the town; no incident between ("held ... in the shooting in"). */
const HELD_IN = /\b(?:held|jailed|booked|detained|incarcerated|taken\s+into\s+custody|in\s+custody)\b(?:(?!\b(?:shooting|killing|slaying|homicide|murder|death|robbery|attack|stabbing|crash)\b)[^.!?]){0,60}?\b(?:in|at)\s+(?:the\s+)?$/i;
/** "arrested ... at his Salem home": where the suspect lives. */
const ARRESTED_AT_HOME = /\b(?:arrested|caught|apprehended)\b[^.!?]{0,40}?\bat\s+(?:his|her|their)\s+$/i;
/** After the town: a jail, a lockup, a police station ("the Dover police lockup"). */
const LOCKUP_AFTER = /^(?:\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3})?\s*(?:police\s+)?(?:jail|cellblock|lockup|detention\s+(?:center|centre|facility)|correctional\s+(?:center|facility|institution)|prison|penitentiary|police\s+station)\b/iu;

/** Whether the place written at body[start, end) is where a suspect was held or caught. */
export function whereTheSuspectWasHeld(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 120), start);
  if (ARRESTED_AT_HOME.test(before) && /^\s+home\b/.test(body.slice(end, end + 8))) return true;
  return HELD_IN.test(before) && (LOCKUP_AFTER.test(body.slice(end, end + 40)) || /\bjail\b|\bprison\b|\bdetention\b|\bcustody\b|\bcellblock\b/i.test(before.slice(-80)));
}
