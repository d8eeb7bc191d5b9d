/**
 * A town of a name several states have, in a story that names no state but names a county: the
 * namesake near that county's seat ("outside Dallas" beside "Paulding County" is Dallas, Georgia, the
 * county's seat, not Dallas, Texas). The gazetteer's choice stays where it lies near a seat of a county
 * the text names itself, or where no namesake does. Large cities are moved too: a county named beside
 * a name is the surer sign of which of its towns the story means.
 */
import { kilometres } from '../util/geo.js';
import { type City, cityCandidates } from './gazetteer/cities.js';
import { fromCity, type LocatedPlace } from './gazetteer/places.js';
import { COUNTY_KM } from './untagged-town.js';

/** A county the text names: its state and seat (untagged-town.ts, countiesNamed). */
export interface NamedCounty {
  state: string;
  seat: City;
}

const nearSeat = (c: { lat: number; lon: number; admin1?: string | null }, counties: readonly NamedCounty[]): boolean =>
  counties.some((k) => k.state === c.admin1 && kilometres(c.lat, c.lon, k.seat.lat, k.seat.lon) <= COUNTY_KM);

/** The namesake of a US town near the seat of a county the text names, where the town itself lies near none; else null. */
export function namesakeInNamedCounty(located: LocatedPlace | null, counties: readonly NamedCounty[]): LocatedPlace | null {
  if (counties.length === 0 || located?.kind !== 'city' || located.country !== 'US' || located.lat === null || located.lon === null || located.within) return null;
  if (nearSeat({ lat: located.lat, lon: located.lon, admin1: located.admin1 ?? null }, counties)) return null;
  const near = cityCandidates(located.name).filter((c) => c.country === 'US' && !c.within && nearSeat(c, counties));
  if (near.length === 0) return null;
  return fromCity(near.reduce((a, b) => (b.population > a.population ? b : a)));
}
