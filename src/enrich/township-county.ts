/**
 * A township's incident under its county. Where a report sets an event in a township ("in Milton
 * Township", "MAD RIVER TWP."), incident records give the county it lies in, as they do for any place
 * outside a city: a township is a county's division, mostly rural, policed by the county's sheriff, and
 * its name is no town's (on GVA's even half no report's township was ever the record's town). The
 * county is taken only where the text names one county and no other, so it is the township's.
 */
import type { PlaceMention } from '../model/types.js';

const TOWNSHIP = /\s(?:Township|Twp\.?)$/i;
/** "Cass County", "the Stark County Sheriff's Office", "BRANCH CO": a county's name of up to two capitalised words. */
const COUNTY = /\b(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s+(?:County|COUNTY)\b/gu;
/** Capitalised words that open a sentence or name something else before "County": not a county's name. */
const NOT_NAME = /^(?:The|A|An|In|Of|For|At|By|On|And|Our|This|That|Every|Each|Local|Neighboring|Neighbouring|Nearby|Rural)$/i;

/** `place` unless it is a US township and `text` (headline and body) names exactly one county. */
export function countyOfTownship(place: PlaceMention | null, text: string): PlaceMention | null {
  if (!place || (place.country !== 'US' && place.country !== null) || !TOWNSHIP.test(place.name)) return place;
  const counties = new Set<string>();
  for (const m of text.matchAll(COUNTY)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
    // "STARK COUNTY" and "Stark County" are one county.
    if (words.length > 0) counties.add(words.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' '));
  }
  if (counties.size !== 1) return place;
  // The mention stays the township's: the county is where the record files it.
  return { ...place, name: `${[...counties][0]!} County`, country: 'US', lat: null, lon: null };
}
