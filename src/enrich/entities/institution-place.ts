/**
 * "St. Brendan's University Hospital in Dublin", "Riverside College in Leeds": a hospital, a school
 * or a university stands where the text places it, so the place's country is the institution's, at
 * every mention of its name. An analyst reads the people who speak for it with that country. Not a
 * body of another kind ("Greenpeace in Paris" tells where it acted, not whose it is).
 */
import type { Entity } from '../../model/types.js';

const INSTITUTION = /\s(?:Hospital|Clinic|Infirmary|Hospice|University|College|School|Academy|Medical\s+Cent(?:er|re))$/;

/** Gives, in place, institutions written with "in" and a place the country of that place; returns the entities. */
export function institutionCountries(body: string, entities: Entity[]): Entity[] {
  const found = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'organization' || e.country || !INSTITUTION.test(e.text)) continue;
    const joint = /^,?\s+in\s+/.exec(body.slice(e.end, e.end + 6));
    const place = joint ? entities.find((p) => p.type === 'location' && p.country && p.start === e.end + joint[0].length && (p.subtype === 'city' || p.subtype === 'country')) : undefined;
    // One country a name: two places given for one name say nothing.
    if (place) found.set(e.text, found.has(e.text) && found.get(e.text) !== place.country ? null : place.country!);
  }
  if (found.size === 0) return entities;
  for (const e of entities) {
    const country = e.type === 'organization' && !e.country ? found.get(e.text) : undefined;
    if (country) e.country = country;
  }
  return entities;
}
