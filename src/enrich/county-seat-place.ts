/**
 * A county named as the scene, with no town ("a shooting in Garrett County"), whose seat the text names
 * too ("booked into the jail in Oakland", "Oakland police"): the county's seat, where its sheriff and
 * courts are and where the record files the incident. A seat the text does not name is no better a
 * guess than the county, which an incident record often gives itself, so the county stays.
 *
 * A report that names no place as the scene but names a county only by its bodies ("the Greene County
 * Sheriff's Office has charged a driver", "Vanderburgh County Coroner") gets the seat of that county as a
 * guess, marked inferred: the county is where it happened, and its seat, where the sheriff, the coroner
 * and the courts sit, is the town most of its incidents are filed under (on GVA's reports with no place,
 * the seat was the incident's town for about two in three, the county itself for fewer than one in ten).
 */
import type { PlaceMention } from '../model/types.js';
import type { City } from './gazetteer/cities.js';
import { countySeat } from './gazetteer/county-seats.js';
import { hintsFor } from './gazetteer/places.js';
import { usStatesIn } from './gazetteer/us-states.js';
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

/** "Greene County", "Marshall Co.", "St. Mary Parish": up to three capitalised words before a county's word. */
const COUNTY_NAMED = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?:County|Co\.|Parish)\b/gu;

/**
 * The seat of the county the text names most often (the first of those named as often), as a guess:
 * see the header. `text`: the headline and body (offsets are the body's where `bodyFrom` is where the
 * body starts in it); `where`: more text that may name the state (the site's name, "South Georgia News").
 * The county's state is the one the text names, or the only state with a county of the name.
 */
export function seatOfCountyNamedAlone(text: string, bodyFrom: number, where = ''): PlaceMention | null {
  const counties = new Map<string, { seat: City; text: string; at: number; count: number }>();
  const states = [...usStatesIn(`${text}\n${where}`)];
  for (const m of text.matchAll(COUNTY_NAMED)) {
    const words = m[1]!.trim().split(/\s+/);
    // The longest run of the last words that names a county ("Salt Lake", not "Lake"; "Greene" of "The Greene").
    for (let i = 0; i < words.length; i++) {
      const name = words.slice(i).join(' ');
      const seat = seatIn(name, states);
      if (!seat) continue;
      const key = `${seat.name}\t${seat.admin1 ?? ''}`;
      const entry = counties.get(key) ?? { seat, text: `${name} ${m[0].slice(m[1]!.length)}`, at: m.index + m[0].indexOf(name), count: 0 };
      entry.count++;
      counties.set(key, entry);
      break;
    }
  }
  let best: { seat: City; text: string; at: number; count: number } | undefined;
  for (const c of counties.values()) if (!best || c.count > best.count) best = c;
  if (!best) return null;
  const { seat } = best;
  return { name: seat.within ?? seat.name, country: 'US', lat: seat.lat, lon: seat.lon, text: best.text, start: best.at >= bodyFrom ? best.at - bodyFrom : -1, inferred: true };
}

/** The seat of the county of a name in one of the states named, or in the only state with such a county where none is. */
function seatIn(county: string, states: readonly string[]): City | null {
  if (states.length === 0) return countySeat(county, null);
  const found = states.map((state) => countySeat(county, state)).filter((c): c is City => c !== null);
  return found.length === 1 ? found[0]! : null;
}
