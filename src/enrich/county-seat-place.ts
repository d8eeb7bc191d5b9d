/**
 * A county named as the scene, with no town ("a shooting in Garrett County"), whose seat the text names
 * too ("booked into the jail in Oakland", "Oakland police"): the county's seat, where its sheriff and
 * courts are and where the record files the incident. A seat the text does not name is no better a
 * guess than the county, which an incident record often gives itself, so the county stays.
 */
import type { PlaceMention } from '../model/types.js';
import { countySeat } from './gazetteer/county-seats.js';
import { hintsFor } from './gazetteer/places.js';
import { escapeRegExp } from '../util/regexp.js';

/** `place` as given where it is no county, or no county whose seat `text` names; else the seat. */
export function seatOfNamedCounty(place: PlaceMention, text: string): PlaceMention {
  if (!/\s(?:County|Parish)$/.test(place.name)) return place;
  const states = [...hintsFor(text).admin1].filter((code) => code.startsWith('US-')).map((code) => code.slice(3));
  const seat = countySeat(place.name, states.length === 1 ? states[0]! : null);
  if (!seat) return place;
  const m = new RegExp(`\\b${escapeRegExp(seat.name)}\\b`).exec(text);
  if (!m) return place;
  return { name: seat.within ?? seat.name, country: 'US', lat: seat.lat, lon: seat.lon, text: seat.name, start: m.index };
}
