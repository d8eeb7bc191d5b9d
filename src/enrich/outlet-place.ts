/**
 * The scene read against the outlet's own city (gazetteer/outlet-city.ts). A place the article names
 * without its state, of a name several places share, that lies far from a local outlet's city while
 * none of its namesakes does, is mostly a part of that city the gazetteer does not hold: "Germantown"
 * in a Philadelphia station's story is not Germantown, Maryland, "Homewood" in Pittsburgh's is not
 * Homewood, Alabama. A namesake near the outlet or in its state is taken instead ("Englewood",
 * Chicago's, for a Chicago station); with none, the outlet's city, marked as a guess. A name only one place has
 * is read so only where the text names the outlet's city too ("Tucson police" beside "Midvale Park",
 * Midvale of Utah; "Mt. Washington" of Kentucky in a Pittsburgh story): a local story about its own
 * city, not a report from afar ("a student was shot in Tuscaloosa" in a Chicago paper). A place whose
 * state or country the text names, a capital and a city of a million are left alone, and so is a place
 * in the outlet's own state and every place of an outlet whose address names no city. A place the
 * text calls a neighbourhood is that city's: near it, unknown to the gazetteer, or far off where the
 * text does not place it there.
 */
import type { PlaceMention } from '../model/types.js';
import { kilometres } from '../util/geo.js';
import { type City, cityCandidates, cityKey } from './gazetteer/cities.js';
import { hintsFor } from './gazetteer/places.js';
import { escapeRegExp } from '../util/regexp.js';

/** Within this distance of the outlet's city a place is its area: suburbs, the county, the metro. */
const LOCAL_KM = 100;
/** A city this large is named alone by outlets anywhere ("Houston" in a Chicago paper is Houston). */
const NAMED_ALONE = 1_000_000;

function near(city: { lat: number; lon: number }, outlet: City): boolean {
  return kilometres(city.lat, city.lon, outlet.lat, outlet.lon) <= LOCAL_KM;
}

/** `text`: the headline and body, whose named states and countries keep a place where it is. */
export function placeNearOutlet(place: PlaceMention | null, outlet: City | null, text: string): PlaceMention | null {
  if (!outlet) return place;
  // Nothing named: the outlet's city, a guess (as the page title's city, see outletHome in place.ts).
  if (!place) return { name: outlet.within ?? outlet.name, country: outlet.country, lat: outlet.lat, lon: outlet.lon, text: outlet.name, start: -1, inferred: true };
  if (place.inferred) return place;
  const part = partOfOutletCity(place, outlet, text);
  if (part) return part;
  if (place.lat === null || place.lon === null) return place;
  const candidates = cityCandidates(place.text).length > 1 ? cityCandidates(place.text) : cityCandidates(place.name);
  const chosen = candidates.find((c) => c.lat === place.lat && c.lon === place.lon);
  // A place in the outlet's own state is its readers' ("Yuma" in a Denver paper is Yuma, Colorado).
  const ownState = chosen !== undefined && chosen.country === outlet.country && chosen.admin1 !== null && chosen.admin1 === outlet.admin1;
  const alone = candidates.length < 2 && !wordIn(outlet.within ?? outlet.name, text);
  if (!chosen || ownState || alone || chosen.capital || chosen.population >= NAMED_ALONE || near(chosen, outlet)) return place;
  const hints = hintsFor(text);
  if ((chosen.admin1 && hints.admin1.has(`${chosen.country}-${chosen.admin1}`)) || (chosen.country !== outlet.country && hints.countries.has(chosen.country))) return place;
  // A namesake near the outlet, else one in its state ("Granger" in a Seattle paper is Granger, Washington).
  const largest = (list: City[]): City | undefined => list.sort((a, b) => b.population - a.population)[0];
  const local = largest(candidates.filter((c) => near(c, outlet))) ?? largest(candidates.filter((c) => c.country === outlet.country && c.admin1 !== null && c.admin1 === outlet.admin1));
  if (local) return { ...place, name: local.within ?? local.name, country: local.country, lat: local.lat, lon: local.lon };
  return { ...place, name: outlet.within ?? outlet.name, country: outlet.country, lat: outlet.lat, lon: outlet.lon, inferred: true };
}

/** What follows a part of a city's name: "the Park Manor neighborhood", "the South Chicago community area". */
const NEIGHBOURHOOD_AFTER = /^\s+(?:neighbou?rhoods?|community\s+area)\b/i;
/** A section this large is named alone, as its own place ("the Brooklyn neighborhood of ..." is rare; Brooklyn is the record's name). */
const SECTION_NAMED_ALONE = 150_000;

/**
 * A place the text calls a neighbourhood ("hurt by gunfire in the Park Manor neighborhood", which the gazetteer
 * lacks; "the South Chicago neighborhood", which it holds as a town of its own) is a part of a city,
 * and a local outlet's neighbourhoods are its own city's: the event is the outlet's city's, where the
 * place lies near that city or has no point. A place already named after its city ("East Flatbush" as
 * Brooklyn) is left alone. The city is a guess where the gazetteer does not place the neighbourhood.
 */
function partOfOutletCity(place: PlaceMention, outlet: City, text: string): PlaceMention | null {
  if (cityKey(place.name) !== cityKey(place.text) || !calledNeighbourhood(place.text, text)) return null;
  if (place.lat === null || place.lon === null) {
    return { ...place, name: outlet.within ?? outlet.name, country: outlet.country, lat: outlet.lat, lon: outlet.lon, inferred: true };
  }
  const known = cityCandidates(place.name).find((c) => c.lat === place.lat && c.lon === place.lon);
  if (!known || known.population >= SECTION_NAMED_ALONE) return null;
  if (near(known, outlet)) return { ...place, name: outlet.within ?? outlet.name, country: outlet.country };
  // Far off, a town of that name is a namesake: "the Lawndale neighborhood" in a Chicago paper is no
  // Lawndale of California, even where the gazetteer has no other Lawndale and the text never says
  // "Chicago". Not where the text places it there (its state, or the city it is a section of).
  const hints = hintsFor(text);
  if ((known.admin1 && hints.admin1.has(`${known.country}-${known.admin1}`)) || (known.within && wordIn(known.within, text))) return null;
  return { ...place, name: outlet.within ?? outlet.name, country: outlet.country, lat: outlet.lat, lon: outlet.lon };
}

function calledNeighbourhood(name: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'))) if (NEIGHBOURHOOD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return true;
  return false;
}

function wordIn(name: string, text: string): boolean {
  return new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text);
}
