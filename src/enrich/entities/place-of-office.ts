/**
 * The place an office is "of" or "for", read by the tagger into the holder's name after it: "Mayor of
 * Greater Manchester Andy Burnham" came out as a person "Manchester Andy Burnham", "the Governor of
 * Lagos Babajide Sanwo-Olu" as "Lagos Babajide Sanwo-Olu". The first word is cut from the name when
 * it (with the capitalised words right before it) names a place the gazetteer knows, and the place is
 * added where the gazetteer knows its whole name and nothing else holds it.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';

/** An office "of" or "for" a place, then up to two capitalised words of the place's name ("Greater "). */
const OFFICE_OF = /\b(?:Mayor|Governor|Commissioner|Constable|Premier|Minister|Ambassador|Bishop|Archbishop|Member|Leader|Chief|Sheriff|Prefect|Representative|Senator)\s+(?:of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2})$/u;

export function splitPlaceOfOffice(body: string, entities: Entity[]): void {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'person') continue;
    const words = e.text.split(' ');
    // The holder keeps a name of two words at least.
    if (words.length < 3) continue;
    const m = OFFICE_OF.exec(body.slice(Math.max(0, e.start - 60), e.start));
    if (!m) continue;
    const lead = m[1]!;
    const whole = lookupPlace(`${lead}${words[0]}`);
    // The word alone only after words that name part of a place ("Greater"), not a portfolio's
    // ("Minister of Finance Ruth ..."), and only a town of some size: many given names are hamlets.
    const alone = /^(?:(?:Greater|Metropolitan|Metro|Inner|Outer|Upper|Lower|North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+)?$/.test(lead) ? lookupPlace(words[0]!) : null;
    if (!whole && !(alone && (alone.kind !== 'city' || (alone.population ?? 0) >= 20_000))) continue;
    const placeStart = e.start - lead.length;
    const placeEnd = e.start + words[0]!.length;
    const cut = words[0]!.length + 1;
    Object.assign(e, { text: e.text.slice(cut), start: e.start + cut });
    if (!whole || entities.some((o) => o !== e && o.start < placeEnd && placeStart < o.end)) continue;
    const place: Entity = { text: body.slice(placeStart, placeEnd), type: 'location', subtype: whole.kind, start: placeStart, end: placeEnd, canonical: whole.name };
    if (whole.country) place.country = whole.country;
    entities.splice(i, 0, place);
    i++;
  }
}
