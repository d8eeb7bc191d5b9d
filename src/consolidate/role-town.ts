/**
 * The place an office's title opens with ("Bishkek police chief", "Moscow mayor", "Texas governor"):
 * the office is that place's, wherever the report is filed from. Read from the dateline instead, a
 * Kyrgyz police chief a British sanctions report from London names became British (review ux75b
 * fault 10).
 */
import { lookupPlace } from '../enrich/gazetteer/places.js';

/** One to three capitalised words, then the title's own words in lower case. */
const LEADING_PLACE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?=\p{Ll})/u;

/** The country of the place the role opens with, read in the article's text (`context`), or null. */
export function roleTownCountry(role: string, context: string): string | null {
  const m = LEADING_PLACE.exec(role.trim());
  if (!m) return null;
  return lookupPlace(m[1]!.trim(), context)?.country ?? null;
}
