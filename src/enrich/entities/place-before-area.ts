/**
 * A town or region the tagger read as a body where the words around it say it is a place: "Russia's
 * Rostov region", "the Kherson oblast", and a list that ends in the villages or towns around it
 * ("in Zossen, Rangsdorf and nearby villages"; review ux73a fault 7: towns listed as organisations).
 * Only a name the gazetteer knows as a place (lookupPlace, in the text's context), of one or two words;
 * "Rostov Region" in capitals is a body's or an official name and is left to the other rules.
 * A name the gazetteer lacks between a town's possessive and "district" ("the capital's Sverdlov
 * district", ux75b: listed as an organisation) is no body either; it is dropped rather than made a
 * place of no known country, which the event's place could not use.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';

/** A lower-case word for an area right after the name. */
const AREA_AFTER = /^ (?:region|province|oblast|krai|district|governorate|prefecture|county|area)\b/;
/** The end of a list of places: "and surrounding villages", "and nearby towns". */
const LIST_END_AFTER = /^ and (?:the )?(?:surrounding|nearby|neighbouring|neighboring|outlying|other) (?:villages|towns|areas|districts|communities|settlements|municipalities)\b/;

/** A town's possessive before the name: "the capital's", "the city's". */
const TOWN_POSSESSIVE_BEFORE = /\bthe\s+(?:capital|city|town)['’]s\s+$/i;
/** A town's part after the name, in lower case. */
const DISTRICT_AFTER = /^ (?:district|borough|neighbou?rhood)\b/;

export function placesBeforeAreaWords(body: string, entities: Entity[]): void {
  const dropped = new Set<Entity>();
  for (const e of entities) {
    if (e.type !== 'organization' || e.subtype === 'threat-actor' || e.text.split(' ').length > 2) continue;
    const after = body.slice(e.end, e.end + 40);
    if (!AREA_AFTER.test(after) && !LIST_END_AFTER.test(after)) continue;
    const place = lookupPlace(e.text, body);
    if (!place && DISTRICT_AFTER.test(after) && TOWN_POSSESSIVE_BEFORE.test(body.slice(Math.max(0, e.start - 20), e.start))) dropped.add(e);
    if (!place || place.kind === 'country') continue;
    e.type = 'location';
    e.subtype = place.kind;
    e.canonical = place.name;
    if (place.country) e.country = place.country;
    else delete e.country;
  }
  if (dropped.size === 0) return;
  const kept = entities.filter((e) => !dropped.has(e));
  entities.splice(0, entities.length, ...kept);
}
