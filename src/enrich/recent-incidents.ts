/**
 * Whether "in recent days/weeks/months" in a sentence is about other incidents than the report's own:
 * "many kids were shot by stray rounds in recent weeks", "a string of shootings in recent
 * months", "In recent days, two other teenagers were wounded". A report tells its own incident by its
 * day, so such a sentence's day belongs to one of those others (event-date.ts weighs it down).
 *
 * The phrase alone is no sign: "he had threatened the victim repeatedly in recent weeks before he shot
 * him on Sunday night" tells the run-up to the report's own shooting, and its Sunday is the event's. So
 * the phrase counts only next to incidents in the plural, or to victims in the plural with the words of
 * what was done to them ("children ... shot in recent weeks"); a plural of people alone ("the two men
 * had argued in recent days") is the report's own story.
 */

const RECENT = String.raw`in\s+recent\s+(?:days|weeks|months)\b`;
/** Incidents counted in the plural: more than the report's one. */
const INCIDENTS = String.raw`(?:shootings|homicides|killings|slayings|stabbings|murders|attacks|incidents|robberies|carjackings|assaults|burglaries|break-ins|drive-bys|gunfights)`;
/** People in the plural who may be other incidents' victims. */
const VICTIMS = String.raw`(?:victims|people|persons|children|kids|teens|teenagers|youths|residents|men|women|boys|girls|others)`;
/** What was done to them. */
const HARMED = String.raw`(?:shot|killed|wounded|injured|hurt|slain|stabbed|murdered|robbed|attacked|hit\s+by|struck\s+by)`;
/** Words of one clause: no sentence or clause stop between. */
const GAP = (max: number): string => String.raw`[^.;:!?]{0,${max}}?`;

const OTHER_RECENT = new RegExp(
  [
    // "several shootings in the area in recent weeks", "In recent months, a string of robberies".
    String.raw`\b${INCIDENTS}\b${GAP(60)}\b${RECENT}`,
    String.raw`\b${RECENT}${GAP(60)}\b${INCIDENTS}\b`,
    // "kids were shot by stray rounds in recent weeks", "In recent days, two other teenagers were wounded".
    String.raw`\b${VICTIMS}\b(?:\s+[\w'’-]+){0,4}?\s+${HARMED}\b${GAP(40)}\b${RECENT}`,
    String.raw`\b${RECENT}${GAP(40)}\b${VICTIMS}\b(?:\s+[\w'’-]+){0,3}?\s+${HARMED}\b`,
  ].join('|'),
  'i',
);
const HAS_RECENT = new RegExp(`\\b${RECENT}`, 'i');

/** Whether the sentence's "in recent days/weeks/months" counts other incidents or their victims. */
export function aboutRecentIncidents(sentence: string): boolean {
  return HAS_RECENT.test(sentence) && OTHER_RECENT.test(sentence);
}
