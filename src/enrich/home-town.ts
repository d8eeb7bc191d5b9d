/**
 * A town the report names only as where people live ("Dale Roe, 33, of Carthage", "a Carthage man", "the
 * boys, who are from Carthage", "Lee Roe, of the 100 block of Elm Street in Carthage") says who they are, not where it happened. Where such a report names a
 * county by its sheriff, deputies or coroner, that county's seat is the nearer guess (index.ts,
 * county-seat-place.ts): the county is where it happened, and its seat is where most of its incidents
 * are filed.
 */
import { escapeRegExp } from '../util/regexp.js';

/** "Roe, of", "19, of", "Roe of": a person's name or age, then "of". Not "the Town of", "City of". */
const OF_PERSON_BEFORE = /(?:(?!(?:Town|City|Village|Township|Borough|County|Parish|State|University|College|Department|Office|Mayor|Chief|Sheriff)\b)\p{Lu}[\p{L}'’-]+|\d{1,3}),?\s+of\s+$/u;
/**
 * "Lemont Davington, of the 200 block of North Linden Avenue in Oak Park", "24, of the 900 block of
 * Birch Lane in Maywood": a person's street address, the town after it.
 */
const OF_ADDRESS_BEFORE = /(?:\p{Lu}[\p{L}'’-]+|\d{1,3}),?\s+of\s+the\s+(?:\d+|first|\p{L}+\s+hundred)\s+blocks?\s+of\s+[^,.;:!?\n]{1,40}?\s+in\s+$/u;

/** "who are from", "is from", "hails from". */
const FROM_BEFORE = /\b(?:(?:is|are|was|were)\s+from|hails?\s+from|originally\s+from)\s+$/;
/** "Carthage man", "a Dallas native", "the Tyler teen's". */
const RESIDENT_AFTER = /^(?:['’]s)?\s+(?:man|woman|men|women|teens?|teenagers?|boys?|girls?|couple|residents?|natives?|students?|mother|father|child|toddler|family|youths?)\b/i;

/**
 * A shooting at someone's home ("at his home on Elm Street", "inside their apartment"): the
 * town they are said to live in is then where it happened. Lower case only: a page menu's "Home" tells
 * of no home.
 */
const AT_HOME = /\b(?:home|house|residence|apartment|bedroom|trailer)\b/;

/** Whether the text names the town at all, and every time as a person's home, and tells of no shooting at a home. */
export function namedOnlyAsHome(name: string, text: string): boolean {
  if (AT_HOME.test(text)) return false;
  let seen = false;
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const address = text.slice(Math.max(0, m.index - 100), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!OF_PERSON_BEFORE.test(before) && !FROM_BEFORE.test(before) && !RESIDENT_AFTER.test(after) && !OF_ADDRESS_BEFORE.test(address)) return false;
    seen = true;
  }
  return seen;
}
