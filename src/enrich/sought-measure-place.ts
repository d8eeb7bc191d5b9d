/**
 * Whether a place is told as where a measure someone calls for would apply: "would push for a ban on
 * ship-to-ship oil transfers in the Baltic", "urged curbs on fishing in the Arctic". The measure is not
 * taken yet, so its place is no scene; planned-place.ts reads a plan's place a few words after its verb,
 * and a measure's object is often longer (review ux73a fault 5: "Baltic" set against "Brussels").
 */

const SOUGHT_BEFORE = /\b(?:push(?:ed|es|ing)?|call(?:ed|s|ing)?|press(?:ed|es|ing)?|lobb(?:y|ied|ies|ying)|argu(?:e|ed|es|ing)|seek(?:s|ing)?|sought|urg(?:e|ed|es|ing)|propos(?:e|ed|es|ing))\s+(?:for\s+)?(?:an?\s+|the\s+|new\s+|further\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ban|bans|embargo|moratorium|restrictions?|curbs?|limits?|caps?)\s+on\s+(?:[\p{L}-]+\s+){1,6}?in\s+(?:the\s+)?$/iu;

/** Whether the place starting at `start` of `text` is where a measure called for would apply. */
export function placeOfSoughtMeasure(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n')) + 1);
  return SOUGHT_BEFORE.test(clause);
}
