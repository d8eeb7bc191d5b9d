/**
 * New York City's place as its borough. Records of incidents in New York name the borough as the town
 * ("Brooklyn", "the Bronx"), as addresses there do ("Brooklyn, NY"): a report datelined "NEW YORK" or
 * placed in a section of the city ("Williamsburg", "Long Island City") says which borough when its text
 * names one ("in Long Island City, Queens", "a shooting in Brooklyn"). Manhattan stays New York City,
 * the name records give it. Where the text names two boroughs or none, the city stands.
 */
import type { PlaceMention } from '../model/types.js';
import { cityKey } from './gazetteer/cities.js';
import { lookupPlace } from './gazetteer/places.js';
import { whereTheSuspectWasHeld } from './suspect-held.js';
import { whereTheAppealedCaseWasTried } from './trial-town.js';

/** A borough's name as a place, not in a longer name of something else ("Queens Boulevard", "Bronx Zoo", "Brooklyn Nets"). */
const BOROUGH = /\b(Brooklyn|Queens|Bronx|Staten Island)\b(?!\s+(?:Boulevard|Blvd|Zoo|Nets|Bridge|Expressway|Museum|College|Hospital|Medical|Supreme|Criminal|Family|Court|District\s+Attorney|DA|Borough\s+President|Tech|Law|Navy\s+Yard))/g;

/** `place` unless it is New York City and `text` (headline and body) names exactly one borough other than Manhattan. */
export function boroughOfNewYork(place: PlaceMention | null, text: string): PlaceMention | null {
  if (!place || place.country !== 'US' || cityKey(place.name) !== cityKey('New York City')) return place;
  const named = new Set<string>();
  // A borough named only as where someone is held ("in custody at the detention center in Brooklyn") is no
  // scene: an appeal or a hearing reported with it happened elsewhere (suspect-held.ts).
  // Nor one named only as where an appealed case was tried ("a Brooklyn jury", trial-town.ts).
  for (const m of text.matchAll(BOROUGH)) if (!whereTheSuspectWasHeld(text, m.index, m.index + m[1]!.length) && !whereTheAppealedCaseWasTried(text, m.index, m.index + m[1]!.length)) named.add(m[1]!);
  if (named.size !== 1) return place;
  const borough = [...named][0]!;
  const located = lookupPlace(borough, `${borough}, New York`);
  if (located?.kind !== 'city' || located.admin1 !== 'NY') return place;
  return { ...place, name: borough, lat: located.lat, lon: located.lon };
}
