/**
 * A collective act called or set for a day: "joined a boycott called by the bakers for Monday", "a march
 * planned for Saturday", "a stoppage set for Friday". The verb is past (the call was made), but the day
 * is the act's, still to come when the call is told, so a bare weekday there looks ahead (timex-tense.ts)
 * and is no earlier event (related.ts).
 */

/** The act called: a strike, a march, a boycott. */
const CALLED_ACT = String.raw`(?:strikes?|general\s+strike|stoppages?|walkouts?|shutdowns?|boycotts?|marches|march|rall(?:y|ies)|protests?|demonstrations?|sit-ins?|vigils?|day\s+of\s+action)`;
/** The act, then who called it (optional), ending right before the day: "a strike called by the unions for". */
const CALLED_FOR_BEFORE = new RegExp(String.raw`\b${CALLED_ACT}\s+(?:(?:called|planned|set|announced|scheduled|slated|organi[sz]ed)\s+)(?:by\s+[^.;:,!?]{1,60}?\s+)?for\s+(?:(?:late|early|next)\s+)?$`, 'i');

/** Whether the words before a day end in a collective act called for that day. */
export function calledForDay(before: string): boolean {
  return CALLED_FOR_BEFORE.test(before);
}
