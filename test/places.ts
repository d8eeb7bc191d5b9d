/** Gazetteer cities and place mentions for place tests, looked up by name and state so a namesake elsewhere is never taken. */
import assert from 'node:assert/strict';
import type { PlaceMention } from '../src/model/types.js';
import { cityCandidates, type City } from '../src/enrich/gazetteer/cities.js';

export function cityOf(name: string, admin1: string): City {
  const found = cityCandidates(name).find((c) => c.admin1 === admin1);
  assert.ok(found, `${name}, ${admin1} is in the gazetteer`);
  return found;
}

/** A mention of the city as the place reader gives one, written at `start`. */
export function mentionOf(name: string, admin1: string, start: number): PlaceMention {
  const c = cityOf(name, admin1);
  return { name: c.name, country: c.country, lat: c.lat, lon: c.lon, text: name, start };
}
