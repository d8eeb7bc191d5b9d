/**
 * A town the text names in telling where the story's own incident happened: "The incident occurred
 * around 11 a.m. in the 400 block of West 27th Street in Newport News", "It happened Sunday at Chagrin
 * Highlands Apartments in Highland Hills", "The shooting took place in Carlsbad". The subject refers
 * back to the story's event; "an incident that took place a few days ago in Dallas" is another one.
 * Such a sentence says where it happened more surely than a station's dateline or the towns people
 * come from.
 */

const TOLD_BEFORE = /\b(?:[Tt]he\s+(?:incident|shooting|stabbing|attack|homicide|killing|crash|standoff|robbery)|[Ii]t)\s+(?:occurred|happened|took\s+place)\b(?:(?!\b(?:hospital|arrested|taken|transported|lives?|lived)\b)(?:\b[ap]\.m\.|[^.!?;:]))*?\bin\s+(?:the\s+(?:city|town|village|community)\s+of\s+)?$/;

/** Whether the place written at `start` is where the text says the story's incident happened. */
export function toldAsTheScene(body: string, start: number): boolean {
  return TOLD_BEFORE.test(body.slice(Math.max(0, start - 120), start));
}
