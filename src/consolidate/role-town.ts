/**
 * The place an office's title opens with ("Bishkek police chief", "Moscow mayor", "Texas governor"):
 * the office is that place's, wherever the report is filed from. Read from the dateline instead, a
 * Kyrgyz police chief a British sanctions report from London names became British (review ux75b
 * fault 10).
 */
import { lookupPlace } from '../enrich/gazetteer/places.js';
import { usStateNamed } from '../enrich/gazetteer/us-states.js';
import { escapeRegExp } from '../util/regexp.js';

/** One to three capitalised words, then the title's own words in lower case. */
const LEADING_PLACE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?=\p{Ll})/u;

/** A US state's offices: "Georgia governor" is Atlanta's, not Tbilisi's. */
const STATE_OFFICE = /\b(?:governor|lieutenant\s+governor|senator|state\s+senator|lawmaker|legislator|representative|congress(?:man|woman)|attorney\s+general|secretary\s+of\s+state|assembly(?:man|woman|member)|state\s+trooper|sheriff)\b/i;

/**
 * A town big enough that its name before a title is the town's and not a firm's, a group's or a club's
 * that shares a small town's name ("Wagner commander", "Chelsea manager"): a capital, or as many people
 * as this, or a town the text names as a place elsewhere ("in Wagner").
 */
const TOWN_POPULATION = 100000;

/** The country of the place the role opens with, read in the article's text (`context`), or null. */
export function roleTownCountry(role: string, context: string): string | null {
  const m = LEADING_PLACE.exec(role.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  if (usStateNamed(name) && STATE_OFFICE.test(role.slice(m[0].length))) return 'US';
  const place = lookupPlace(name, context);
  if (!place) return null;
  if (place.kind !== 'city' || place.capital || (place.population ?? 0) >= TOWN_POPULATION) return place.country;
  return new RegExp(String.raw`\b(?:in|at|near|outside|from)\s+${escapeRegExp(name)}(?![\p{L}-])`, 'u').test(context) ? place.country : null;
}
