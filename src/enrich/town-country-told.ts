/**
 * The country a report itself gives the town an incident at sea is placed by: "38 nautical miles west
 * of the Yemeni port of Mokha", "MOKHA, Yemen, Nov 3 (GMW) -", "off Mokha, Yemen". A scene at sea
 * gets no country from the gazetteer (a disputed sea lies between the states its reports come from,
 * at-sea.ts), but a country the text writes beside the town is whose coast it is: without it the
 * tanker struck off a Yemeni port had no country, and a search by country missed it (review ux76a).
 */
import { lookupCountry } from './gazetteer/places.js';
import { bearingFrom } from './bearing-place.js';
import { escapeRegExp } from '../util/regexp.js';

/** A dateline's month with no comma before it: "ADEN, Yemen Nov 3 (GMW) -". */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`;

/** The country the text writes beside `town` (as a bearing's port, or "Town, Country"), or null. */
export function countryToldOfTown(town: string, body: string, lead: string): string | null {
  const bearing = bearingFrom(lead);
  if (bearing && bearing.town === town && bearing.country) return bearing.country;
  // "Mokha, Yemen" or a dateline's "MOKHA, Yemen": the name as written or in capitals, then a country
  // that ends its phrase (a comma, a stop, a bracket, a dash). A name that goes on (but for a dateline's month) is the subject of the
  // next clause, not the town's country: "west of Hodeidah, US Central Command said", "off Aden,
  // Saudi-led coalition ships", "off Aden, Britain's maritime agency said".
  const beside = new RegExp(String.raw`(?<![\p{L}\d'’-])(?:${escapeRegExp(town)}|${escapeRegExp(town.toUpperCase())}),\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?![\p{L}\d'’-])(?=\s*(?:[,.;:()\n—–]|-\s|$)|\s+${MONTH}\.?\s+\d)`, 'gu');
  for (const m of body.matchAll(beside)) {
    const country = lookupCountry(m[1]!)?.country ?? null;
    if (country) return country;
  }
  return null;
}
