/**
 * "the fall" with no year after it names the autumn in American copy ("the plant will open in the
 * fall"), but in market and political news it is far more often a drop or a collapse: "The fall
 * wiped $1 trillion off the market", "blamed the fall on fears of recession", "the fall in oil
 * prices", "the fall of Constantinople". The season is said after a preposition of time ("in the
 * fall", "during the fall", "until the fall", "since the fall,") or before what happens in it ("the
 * fall semester", "the fall elections"); a drop is a subject or an object, or has what fell after it
 * ("of the dollar", "in prices"). So a bare "the fall" is the season only in those two places, at a
 * point of it ("the end of the fall", "as early as the fall"), or after "for" or "after" in a clause
 * that looks ahead ("the trial is scheduled for the fall", "work will begin after the fall").
 */

/** Prepositions of time before "the fall". Not "after" or "for" alone: "rebounded after the fall", "blamed for the fall" (see AHEAD_BEFORE). */
const TIME_WORD_BEFORE = /\b(?:in|during|until|till|through|throughout|by|since|before|over|into)\s+$/i;
/** A point in the season or the earliest day: "at the end of the fall", "as early as the fall". A drop has no start or end told so. */
const SPAN_BEFORE = /\b(?:(?:end|start|beginning|middle)\s+of|as\s+(?:early|soon)\s+as)\s+$/i;
/** "scheduled for the fall", "will begin after the fall": the season, but only in a clause that looks ahead (the caller's tense). */
const AHEAD_BEFORE = /\b(?:for|after)\s+$/i;
/** "will blame the Fed for the fall", "is responsible for the fall": a cause or a blame is a drop's, whatever the tense. */
const BLAME_BEFORE = /\b(?:blam\w*|responsib\w*|reasons?|caus\w*|account\w*|compensat\w*|apologi\w*)\b[^.;]{0,40}$/i;
/** What fell, said after it: "of the Berlin Wall", "of the yen"; a drop even after a time word ("gained in the fall of the yen"). */
const OF_AFTER = /^\s+of\b/i;
/** What fell, after "in": "in oil prices", "in the value of"; a drop even after a time word ("lost money in the fall in prices"). */
const MEASURE_IN_AFTER = /^\s+in\s+(?:(?:the|its|their|\p{Ll}+)\s+){0,2}?(?:prices?|values?|shares|stocks|sales|output|exports|imports|demand|profits?|revenues?|yields?|rates?|index|markets?|dollar|pound|euro|yen|rupee|currency|production|population|crime|unemployment|inflation|spending|numbers)\b/iu;
/** Any other lower-case word after "on" or "in" ("blamed the fall on fears", "the fall in crude"): a drop unless a time word stands before (a place in capitals stays: "in the fall in Iowa"). */
const THING_AFTER = /^\s+(?:in|on)\s+\p{Ll}/u;
/** What takes place in the season: "the fall semester", "the fall elections", "the fall harvest". */
const SEASON_NOUN_AFTER = /^\s+(?:semesters?|terms?|elections?|campaigns?|season|sessions?|collections?|classes|harvest|schedule|lineup|line-up|migration|foliage)\b/i;

/**
 * Whether "the fall" (no "this", "last", "next", no year) at [start, end) of the text is the
 * season. The caller passes the span of the two words "the fall" alone, and whether its clause looks
 * ahead. The time word before is asked before the words after it, so "in the fall on a hybrid
 * schedule" keeps the season; only "of" and a measure after "in" make it a drop there.
 */
export function bareFallIsSeason(text: string, start: number, end: number, future = false): boolean {
  const after = text.slice(end, end + 48);
  const before = text.slice(Math.max(0, start - 60), start);
  if (SEASON_NOUN_AFTER.test(after)) return true;
  if (OF_AFTER.test(after) || MEASURE_IN_AFTER.test(after)) return false;
  if (TIME_WORD_BEFORE.test(before) || SPAN_BEFORE.test(before)) return true;
  if (THING_AFTER.test(after)) return false;
  return future && AHEAD_BEFORE.test(before) && !BLAME_BEFORE.test(before.replace(/\s*\b(?:for|after)\s+$/i, ''));
}
