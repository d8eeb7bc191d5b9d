/**
 * Counts of time told two ways: the time between two acts ("eight days after the attack", "a week
 * later") and how long a state lasted ("down for eight days", "closed for two weeks"). A sentence of each
 * gives the same figure of days and makes two claims (review ux74a fault 5: "The attack comes eight days
 * after a hospital group in Gloucester was hit" is not "whose systems were down for eight days").
 */

const TIME_NOUNS = new Set(['hour', 'day', 'week', 'month', 'year']);

const NUMBER = String.raw`(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-][a-z]+)?`;
const UNIT = String.raw`(?:hours?|days?|weeks?|months?|years?)`;
/** A figure of time before "after", "later", "ago" ...: the time between two acts. */
const GAP = new RegExp(String.raw`\b${NUMBER}\s+${UNIT}\s+(?:after|before|later|earlier|ago|since|on\s+from)\b`, 'i');
/** A figure of time after "for", "lasted", "over" ...: how long something lasted. */
const SPAN = new RegExp(String.raw`\b(?:for|lasted|lasting|spent|during|throughout)\s+(?:(?:about|nearly|almost|around|more\s+than|over|at\s+least|some)\s+)?${NUMBER}\s+${UNIT}\b`, 'i');

/**
 * The kinds a count of `noun` in `text` is compared as: a time noun told as a gap or a span is kept
 * apart ("day/gap", "day/span"; figuresMeet reads the part after "/" as its state, and a count with no
 * state still meets both); any other noun, or a time told neither way, is itself.
 */
export function timeKinds(text: string, noun: string): string[] {
  if (!TIME_NOUNS.has(noun)) return [noun];
  const kinds: string[] = [];
  if (GAP.test(text)) kinds.push(`${noun}/gap`);
  if (SPAN.test(text)) kinds.push(`${noun}/span`);
  return kinds.length > 0 ? kinds : [noun];
}
