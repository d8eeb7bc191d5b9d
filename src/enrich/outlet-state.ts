/**
 * A station's home state as the reading of a US local story that names no state: a local station
 * reports its own area and names its towns without their state ("shot in Germantown" on a Memphis
 * station's site is Germantown, Tennessee, not the larger Germantown of Maryland). The home is the
 * station's city its call sign gives (gazetteer/station-city.ts); a city the host names is read
 * against by outlet-place.ts instead. A town of a name several states have is the namesake in the
 * home state, and a town far from the home and out of its state comes after any of the home's area;
 * a place whose only namesakes lie elsewhere is not moved (stations of one owner carry each other's
 * stories), nor is a large city (named alone by outlets anywhere) or a capital.
 */
import { type City, cityIn } from './gazetteer/cities.js';
import { fromCity, type LocatedPlace } from './gazetteer/places.js';
import { kilometres } from '../util/geo.js';

/**
 * A city this large is meant wherever an outlet names it ("Memphis" on a Georgia station's site), but
 * not one of 110,000 ("Antioch" on a Nashville station's site is Nashville's Antioch, not California's).
 */
const NAMED_ALONE = 250_000;

/** Beyond this distance from the outlet's home, out of its state, a town is no part of its area. */
const REMOTE_KM = 300;

/**
 * Whether a place lies out of the outlet's state and far from its home: in a story that names no
 * state, a town there comes after one in the outlet's area. A town across a state line near the home
 * is its area too, and a place without a point is not remote.
 */
export function remoteFromHome(located: LocatedPlace | null, home: Pick<City, 'admin1' | 'lat' | 'lon'>): boolean {
  if (!located || located.lat === null || located.lon === null) return false;
  if (located.country === 'US' && located.admin1 === home.admin1) return false;
  return kilometres(located.lat, located.lon, home.lat, home.lon) > REMOTE_KM;
}

/** The US state (GeoNames code, "TN") an outlet's home lies in, or null for an outlet abroad or of no known home. */
export function homeState(home: Pick<City, 'country' | 'admin1'> | null | undefined): string | null {
  return home?.country === 'US' && home.admin1 ? home.admin1 : null;
}

/**
 * The namesake in the outlet's state of a US town read elsewhere, or null where there is none or the
 * town is to stay: a capital, a city of NAMED_ALONE people or more, a place that is a section of a city.
 * A town abroad is read so too where the text names none of its country (`countriesNamed`): "two men
 * were wounded in Dorchester" on a Boston station's site is Dorchester, Massachusetts, not the larger
 * Dorchester of England.
 */
export function namesakeInState(located: LocatedPlace | null, state: string, countriesNamed: ReadonlySet<string> = new Set()): LocatedPlace | null {
  if (located?.kind !== 'city' || !located.country) return null;
  if (located.country === 'US' ? !located.admin1 || located.admin1 === state : countriesNamed.has(located.country)) return null;
  if (located.capital || (located.population ?? 0) >= NAMED_ALONE || located.within) return null;
  const namesake = cityIn(located.name, { countries: new Set(['US']), admin1: new Set([`US-${state}`]) }, true);
  return namesake ? fromCity(namesake) : null;
}
