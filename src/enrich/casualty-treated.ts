/**
 * One person "treated and released": someone hurt who lived. Told beside a death ("John was treated and
 * released, but his son remained on life support"), it is someone other than the dead, whom no reading
 * of a wound beside a death had counted (a condition or a wound told of someone already named is most
 * often the dead's before they died, casualty-one.ts; one let go from the hospital never is).
 */

/**
 * A single person's release after treatment: "he was treated and released", "Smith was treated at
 * Mercy Hospital and released". Not a denial ("no one was treated"), nor several ("four were treated and
 * released": a count the readings of numbers take).
 */
const TREATED_AND_RELEASED = /(?<!\b(?:no\s*one|nobody|none|not|never)\s+(?:else\s+)?)\bwas\s+(?:\w+ly\s+)?treated\s+(?:(?:at|by|for|in)\s+[^.;!?\n]{0,60}?\s+)?and\s+(?:later\s+)?released\b/i;

/** Whether the text tells of one person treated and released. */
export function treatedAndReleased(body: string): boolean {
  return TREATED_AND_RELEASED.test(body);
}
