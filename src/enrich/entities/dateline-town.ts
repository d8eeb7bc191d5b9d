/**
 * A dateline's town that the names read as a body or a person ("REDMOND, Wash. (Reuters) -": one word
 * in capitals looks like an acronym to the rules, and the tagger has seldom seen a town so written).
 * Where the dateline reader places the report in that very word, it is that place, with its country:
 * an analyst saw "REDMOND" listed among the organisations of a Microsoft story.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';
import { datelineCity } from '../place.js';

/** Capital letters only, two or more ("REDMOND", "ST. PAUL"). */
const CAPITALS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;

export function datelineTownsAsPlaces(body: string, entities: Entity[]): void {
  const first = entities.find((e) => e.start < 60 && (e.type === 'organization' || e.type === 'person') && CAPITALS.test(e.text));
  if (!first) return;
  const place = datelineCity(body);
  if (!place || place.start !== first.start || place.text !== first.text) return;
  first.type = 'location';
  first.subtype = lookupPlace(place.name, body)?.kind ?? 'city';
  first.canonical = place.name;
  if (place.country) first.country = place.country;
  else delete first.country;
}
