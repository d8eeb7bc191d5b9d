/**
 * A section of the outlet's own large city, named as a town of its own: "two men were wounded on Elm
 * Street in Dorchester" on a Boston station's site, "a man was killed in Roxbury" in a Boston paper.
 * The gazetteer holds such sections, where at all, as US post office towns (the zip code's name, no
 * population of their own): a post office town this close to a large city whose outlet tells the
 * story is mostly a part of that city, and incident records name the city; so is a section the
 * gazetteer places in that city. A place with people counted (a suburb: Cambridge, Brookline; Cypress
 * and Spring by Houston, which records name) is left alone, and so is any place far off or a city's
 * namesake.
 */
import type { PlaceMention } from '../model/types.js';
import { kilometres } from '../util/geo.js';
import { type City, cityCandidates, cityKey } from './gazetteer/cities.js';
import { hintsFor } from './gazetteer/places.js';

/** A city this large has sections news names alone ("Dorchester", "Sylmar"). */
const SECTIONED_CITY = 200_000;
/** A post office town this close to such a city's centre is within it or at its edge. */
const SECTION_KM = 15;

/**
 * `home`: the city of the outlet's address or of its station's call sign (gazetteer/outlet-city.ts).
 * `text`: the headline and text, whose states keep a namesake town that the text places there.
 */
export function sectionOfHomeCity(place: PlaceMention | null, home: City | null, text = ''): PlaceMention | null {
  if (!place || place.inferred || !home || home.country !== 'US' || home.population < SECTIONED_CITY || place.lat === null || place.lon === null) return place;
  if (cityKey(place.name) === cityKey(home.within ?? home.name)) return place;
  const section = cityCandidates(place.name).find((c) => c.lat === place.lat && c.lon === place.lon);
  if (!section || section.country !== 'US') return place;
  // "wounded inside a Mount Washington house" on a Pittsburgh station's site: the home city's own section
  // of the name (us-city-sections.ts), not the namesake town in another state (Mount Washington,
  // Kentucky) the gazetteer found for a text that names no state, unless the text names that town's;
  // in the home city's own state, a namesake far off (Washington Park by East St. Louis for Chicago's).
  const homeSection = section.within ? null : cityCandidates(place.name).find((c) => c.within !== null && cityKey(c.within) === cityKey(home.within ?? home.name));
  const namesake = homeSection && (section.admin1 !== homeSection.admin1 ? !hintsFor(text).admin1.has(`US-${section.admin1}`) : kilometres(section.lat, section.lon, home.lat, home.lon) > SECTION_KM);
  if (homeSection && namesake) return { ...place, name: homeSection.within!, lat: home.lat, lon: home.lon };
  // A section the gazetteer places in the home city ("NORTH LAWNDALE —" on a Chicago site, whose
  // text never says "Chicago") is that city's, whatever its size.
  if (section.within) return cityKey(section.within) === cityKey(home.within ?? home.name) ? { ...place, name: section.within } : place;
  if (section.population !== 0) return place;
  if (kilometres(section.lat, section.lon, home.lat, home.lon) > SECTION_KM) return place;
  return { ...place, name: home.within ?? home.name, lat: home.lat, lon: home.lon };
}
