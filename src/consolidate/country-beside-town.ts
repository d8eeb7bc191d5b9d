/**
 * A report that names only the country an act happened in says less than one that names the town in
 * it: "North Korea" from two copies of a wire story that name no launch site does not outvote
 * "Pyongyang" from the report that does (review ux72a). The country's votes are set aside where a
 * report names a town of that country; a country with no town of its own named still votes.
 */
import { lookupCountry } from '../enrich/gazetteer/places.js';

interface Placed {
  place: { name: string; country: string | null } | null;
}

/** The reports without those placed only at a country another report names a town of. */
export function withoutCountriesOfTowns<T extends { a: Placed }>(placed: readonly T[], isTown: (name: string) => boolean): T[] {
  const townCountries = new Set(placed.filter(({ a }) => a.place && a.place.country && isTown(a.place.name)).map(({ a }) => a.place!.country!));
  return placed.filter(({ a }) => !(a.place && a.place.country && townCountries.has(a.place.country) && lookupCountry(a.place.name) !== null));
}
