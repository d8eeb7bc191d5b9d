/**
 * A town the text names in telling where the story's own incident happened: "The incident occurred
 * shortly after noon in the 900 block of Larkspur Bend in Newport News", "It happened Sunday at Wrenfield
 * Court Apartments in Highland Hills", "The shooting took place in Carlsbad". The subject refers
 * back to the story's event; "an incident that took place last spring in Dallas" is another one.
 * So does one that sends the police there ("officers were dispatched to a reported stabbing in Cedar
 * Grove"). Such a sentence says where it happened more surely than a station's dateline or the towns
 * people come from.
 */

const TOLD_BEFORE = /\b(?:[Tt]he\s+(?:incident|shooting|stabbing|attack|homicide|killing|crash|standoff|robbery)|[Ii]t)\s+(?:occurred|happened|took\s+place)\b(?:(?!\b(?:hospital|arrested|taken|transported|lives?|lived)\b)(?:\b[ap]\.m\.|[^.!?;:]))*?\bin\s+(?:the\s+(?:city|town|village|community)\s+of\s+)?$/;

/**
 * Police sent to the incident: "officers were dispatched to a reported stabbing in Cedar Grove",
 * "troopers responded to a possible homicide in Dunbar", "were called to investigate a disturbance in". Not "a
 * shooting in Dallas last year" told after it, which the town ends here.
 */
const SENT_TO_BEFORE = /\b(?:called|dispatched|sent|responded|responding)\s+to\s+(?:investigate\s+|a\s+report\s+of\s+)?(?:an?\s+|the\s+)?(?:reported\s+|possible\s+|fatal\s+|deadly\s+|accidental\s+)?(?:shooting|stabbing|homicide|disturbance|incident)\s+in\s+$/;

/** Whether the place written at `start` is where the text says the story's incident happened. */
export function toldAsTheScene(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 120), start);
  return TOLD_BEFORE.test(before) || SENT_TO_BEFORE.test(before);
}
