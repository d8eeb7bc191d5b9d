/**
 * Between places an event's reports name equally often, the ones near the reporting outlets' home
 * cities: local outlets report their own area, so where one tied town lies near an outlet's home (a
 * host that names a city, a station's call sign) and another lies far from every one, the far one is
 * mostly a namesake the gazetteer placed elsewhere or a town named in a page's clutter ("Berclair",
 * Texas, beside "Memphis" from two Memphis stations; "Kimball", Nebraska, for Dallas's Kimball High).
 */
import { outletCity, stationCity } from '../enrich/gazetteer/outlet-city.js';
import { kilometres } from '../util/geo.js';
import { Lru } from '../util/lru.js';

/** Within this distance of an outlet's home a place is its area. */
const NEAR_KM = 100;
/** Beyond this distance from every outlet's home a place is no outlet's area. */
const FAR_KM = 300;

export interface Point {
  lat: number | null;
  lon: number | null;
}

/**
 * Each address's home as read lately: an event's tie between towns is broken again at every report it
 * gains, and each of its reports' addresses was parsed and looked up again each time.
 */
const homeOfAddress = new Lru<string, { lat: number; lon: number } | null>(4096);

/** The outlets' home cities the addresses give (each address's host or station call sign). */
export function outletHomes(addresses: readonly (string | undefined)[]): { lat: number; lon: number }[] {
  const homes: { lat: number; lon: number }[] = [];
  for (const address of addresses) {
    let home = address === undefined ? null : homeOfAddress.get(address);
    if (home === undefined) {
      home = outletCity(address) ?? stationCity(address);
      homeOfAddress.set(address!, home);
    }
    if (home) homes.push(home);
  }
  return homes;
}

/**
 * The tied places less those far from every home, where one of them is near a home; all of them
 * otherwise (no home known, none near, or none far: nothing to tell them apart by).
 */
export function nearOutlets<T>(tied: readonly T[], pointOf: (t: T) => Point | undefined, homes: readonly { lat: number; lon: number }[]): readonly T[] {
  if (homes.length === 0 || tied.length < 2) return tied;
  const distance = (t: T): number | null => {
    const p = pointOf(t);
    if (!p || p.lat === null || p.lon === null) return null;
    return Math.min(...homes.map((h) => kilometres(p.lat!, p.lon!, h.lat, h.lon)));
  };
  const far = (t: T): boolean => (distance(t) ?? 0) > FAR_KM;
  if (!tied.some((t) => distance(t) !== null && distance(t)! <= NEAR_KM) || !tied.some(far)) return tied;
  return tied.filter((t) => !far(t));
}
