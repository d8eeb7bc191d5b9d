/**
 * A ship a report names only to recall an earlier attack: "Tuesday's attack on the Liberian-flagged
 * tanker Aegean Horizon killed one crew member" closing the story of a bulk carrier a drone missed on
 * Saturday; "six days after a drone strike on the tanker Aegean Horizon"; "close to where the tanker
 * Aegean Horizon was hit last Tuesday". That ship is another event's, not one of this event's vessels
 * (review ux76a). Read past the lead only (vessels.ts): the lead names the report's own ship.
 */

/** Before the ship, in its sentence: "Tuesday's attack on", "last week's drone strike on", "two days after a drone ... the". */
const RECALLED_BEFORE = /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|\blast\s+(?:week|month)['’]s|\b(?:hours?|days?|weeks?)\s+after)\b[^.;!?]*$/i;
/** After it, in its sentence: "was hit last Tuesday", "attacked last week". */
const RECALLED_AFTER = /^[^.;!?]*?\b(?:was|were)\s+(?:hit|struck|attacked|targeted|seized|hijacked)\s+(?:on\s+)?(?:last\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|earlier\s+(?:this|in\s+the)\s+week\b)/i;

/** Whether the ship named between `before` and `after` (the rest of its sentence each side) is recalled from an earlier attack. */
export function recalledShip(before: string, after: string): boolean {
  return RECALLED_BEFORE.test(before) || RECALLED_AFTER.test(after);
}

/** "The ship, IMO 9587214,", "The 2009-built Suezmax tanker, IMO 9412387": a ship's number told without its name. */
const UNNAMED_IMO = /\b[Tt]he\s+(?:[\p{L}\d-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|boxship|bulker|containership)\s*[(,]\s*IMO(?:\s*(?:no\.?|number|#))?\s*:?\s*(\d{7})\b/u;

/** The IMO number a report gives its ship without naming it, or null. The caller gives it only to a report's one ship. */
export function unnamedImo(text: string): string | null {
  return UNNAMED_IMO.exec(text)?.[1] ?? null;
}
