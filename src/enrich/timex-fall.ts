/**
 * "the fall" with no year after it names the autumn in American copy ("the plant will open in the
 * fall"), but in market and political news it is far more often a drop or a collapse: "The fall
 * wiped $1 trillion off the market", "blamed the fall on fears of recession", "the fall in oil
 * prices", "the fall of the Berlin Wall". The season is said after a preposition of time ("in the
 * fall", "during the fall", "until the fall", "since the fall,") or before what happens in it ("the
 * fall semester", "the fall elections"); a drop is a subject or an object, or has what fell after it
 * ("of the dollar", "in prices"). So a bare "the fall" is the season only in those two places.
 */

/** Prepositions of time before "the fall". Not "after", "from", "for" or "to": "rebounded after the fall", "losses from the fall", "blamed for the fall". */
const TIME_WORD_BEFORE = /\b(?:in|during|until|till|through|throughout|by|since|before|over|into)\s+$/i;
/** What fell, said after it: "of the Berlin Wall", "in oil prices", "on Wall Street" (a place in capitals stays: "in the fall in Iowa"). */
const THING_AFTER = /^\s+(?:of\b|(?:in|on)\s+\p{Ll})/u;
/** What takes place in the season: "the fall semester", "the fall elections", "the fall harvest". */
const SEASON_NOUN_AFTER = /^\s+(?:semesters?|terms?|elections?|campaigns?|season|sessions?|collections?|classes|harvest|schedule|lineup|line-up|migration|foliage)\b/i;

/**
 * Whether "the fall" (no "this", "last", "next", no year) at [start, end) of the text is the
 * season. The caller passes the span of the two words "the fall" alone.
 */
export function bareFallIsSeason(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 14);
  if (SEASON_NOUN_AFTER.test(after)) return true;
  if (THING_AFTER.test(after)) return false;
  return TIME_WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}
