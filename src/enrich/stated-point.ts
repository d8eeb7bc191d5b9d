/**
 * The place of a report that states coordinates ("The collision happened near 4.35 N, 7.12 E"): the
 * point itself, the most exact place a report can give, which a dateline or the city where officials
 * spoke must not outrank. Incidents at sea or in open country are reported so, and the towns their
 * reports name are then often far from the scene or missing from the gazetteer.
 *
 * The point is named after the nearest place the text names that the gazetteer locates near it; else
 * a sea, gulf or strait the text names; else the nearest town of the gazetteer; else the coordinates
 * as written.
 */
import type { Entity, PlaceMention } from '../model/types.js';
import { kilometres } from '../util/geo.js';
import { statedCoordinates } from '../util/stated-coordinates.js';
import { citiesOfPopulation, type City } from './gazetteer/cities.js';
import { lookupPlace } from './gazetteer/places.js';
import { whoseWaters } from './at-sea.js';

/** How far from the point a place may lie and still name it. */
const NEAR_KM = 100;
/** Towns of at least this many people name a point the text names nothing near. */
const NAMING_POPULATION = 15_000;

/** "the Gulf of Thailand", "the South China Sea", "the Strait of Hormuz", "the Red Sea". */
const WATERS = /\b((?:Gulf|Bay|Sea|Straits?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Sea|Ocean|Gulf|Strait|Channel))\b/u;

/** Words that put the point at sea: "in disputed waters", "off Koh Kong", "at sea", "nautical miles". */
const AT_SEA = /\b(?:at\s+sea|waters|offshore|off\s+the\s+(?:coast|island|shore)|off\s+(?:the\s+island\s+of\s+)?\p{Lu}|nautical\s+miles?)\b/u;

/**
 * The country of a point at sea: only one the text gives as whose waters they are. A point off a
 * coast is no part of the country of the island or town it is named after (a disputed sea often lies
 * between two), so without such words it has none. Null as well for a point on land (the caller then
 * keeps the named place's country).
 */
function seaCountry(body: string): { atSea: boolean; country: string | null } {
  if (!AT_SEA.test(body)) return { atSea: false, country: null };
  return { atSea: true, country: whoseWaters(body) };
}

let towns: readonly City[] | null = null;

/** The report's stated point as its place, or null where it states none outside `excluded` spans. */
export function statedPointPlace(body: string, entities: readonly Entity[], excluded: (offset: number) => boolean): PlaceMention | null {
  const point = statedCoordinates(body).find((p) => !excluded(p.start));
  if (!point) return null;
  const at = (lat: number, lon: number): number => kilometres(point.lat, point.lon, lat, lon);
  const base = { lat: point.lat, lon: point.lon, text: body.slice(point.start, point.end), start: point.start, point: true as const };
  // A place the text names, located near the point.
  let named: { name: string; country: string | null; km: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'location' || e.subtype === 'country' || e.subtype === 'region') continue;
    const place = lookupPlace(e.canonical ?? e.text, body);
    if (!place || place.lat === null || place.lon === null) continue;
    const km = at(place.lat, place.lon);
    if (km <= NEAR_KM && (!named || km < named.km)) named = { name: place.name, country: place.country ?? null, km };
  }
  const sea = seaCountry(body);
  if (named) return { name: named.name, country: sea.atSea ? sea.country : named.country, ...base };
  const waters = WATERS.exec(body)?.[1];
  if (waters) return { name: waters, country: sea.country, ...base };
  towns ??= citiesOfPopulation(NAMING_POPULATION);
  let nearest: City | null = null;
  for (const town of towns) if (at(town.lat, town.lon) <= NEAR_KM && (!nearest || at(town.lat, town.lon) < at(nearest.lat, nearest.lon))) nearest = town;
  if (nearest) return { name: nearest.name, country: sea.atSea ? sea.country : nearest.country, ...base };
  return { name: base.text, country: null, ...base };
}

/** How far the point lies from a place, in km, or null where the place has no coordinates. */
export function pointDistance(point: PlaceMention, place: PlaceMention | null): number | null {
  if (!place || place.lat === null || place.lon === null || point.lat === null || point.lon === null) return null;
  return kilometres(point.lat, point.lon, place.lat, place.lon);
}
