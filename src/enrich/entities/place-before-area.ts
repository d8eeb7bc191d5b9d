/**
 * A town or region the tagger read as a body where the words around it say it is a place: "Russia's
 * Rostov region", "the Kherson oblast", and a list that ends in the villages or towns around it
 * ("in Zossen, Rangsdorf and nearby villages"; review ux73a fault 7: towns listed as organisations).
 * Only a name the gazetteer knows as a place (lookupPlace, in the text's context), of one or two words;
 * "Rostov Region" in capitals is a body's or an official name and is left to the other rules.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';

/** A lower-case word for an area right after the name. */
const AREA_AFTER = /^ (?:region|province|oblast|krai|district|governorate|prefecture|county|area)\b/;
/** The end of a list of places: "and surrounding villages", "and nearby towns". */
const LIST_END_AFTER = /^ and (?:the )?(?:surrounding|nearby|neighbouring|neighboring|outlying|other) (?:villages|towns|areas|districts|communities|settlements|municipalities)\b/;

export function placesBeforeAreaWords(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization' || e.subtype === 'threat-actor' || e.text.split(' ').length > 2) continue;
    const after = body.slice(e.end, e.end + 40);
    if (!AREA_AFTER.test(after) && !LIST_END_AFTER.test(after)) continue;
    const place = lookupPlace(e.text, body);
    if (!place || place.kind === 'country') continue;
    e.type = 'location';
    e.subtype = place.kind;
    e.canonical = place.name;
    if (place.country) e.country = place.country;
    else delete e.country;
  }
}
