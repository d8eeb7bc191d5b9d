/**
 * A place abroad in a US local outlet's story, of a name no US place has, that the text does not tie
 * to its country ("Batman and Robin" read as Batman, Turkey; "the Midlands" read as Zimbabwe's
 * province; a city's neighbourhood named after a town in France): a local outlet reports its own
 * area, and a story of a town abroad names the town's country. The outlet's home city (its host or
 * call sign) stands instead, marked as a guess. A name some US place has is left to the readings of
 * the outlet's state (outlet-state.ts, outlet-place.ts); a capital, a city of a million and a country
 * are named alone by outlets anywhere, and a wire story's dateline abroad names its place itself.
 */
import type { PlaceMention } from '../model/types.js';
import { type City, cityCandidates } from './gazetteer/cities.js';
import { hintsFor, lookupCountry } from './gazetteer/places.js';

/** A city this large abroad is meant wherever an outlet names it. */
const NAMED_ALONE = 1_000_000;

/**
 * `text`: the headline and body; `home`: the outlet's home city, or null where its address names none;
 * `fromDateline`: whether the place is the one the body's dateline names (asked last: it reads the dateline).
 */
export function abroadAtHome(place: PlaceMention | null, home: City | null, text: string, fromDateline: (place: PlaceMention) => boolean): PlaceMention | null {
  if (!place || !home || home.country !== 'US' || place.inferred) return place;
  if (place.country === null || place.country === 'US') return place;
  const candidates = [...cityCandidates(place.name), ...cityCandidates(place.text)];
  // No candidate at all: a region abroad ("the Midlands"), which no US place is named either.
  if (candidates.some((c) => c.country === 'US' || c.capital || c.population >= NAMED_ALONE)) return place;
  if (lookupCountry(place.name) || hintsFor(text).countries.has(place.country) || fromDateline(place)) return place;
  return { name: home.within ?? home.name, country: home.country, lat: home.lat, lon: home.lon, text: place.text, start: place.start, inferred: true };
}
