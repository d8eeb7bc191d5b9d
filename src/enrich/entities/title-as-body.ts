/**
 * "U.S. District Judge Paul Engelmayer", "Philippine National Security Adviser Eduardo Ano": the tagger
 * reads the title before a name as a body of its own when the title opens with a place or court's
 * words, so a judge's or an adviser's title became an organisation of the event. A name ending in a
 * legal or advisory title, right before a person, is that person's title, no body (a body's own name
 * with a head word, "Queens District Attorney's Office", stays). So is the place read with "District"
 * before "Attorney" ("Brooklyn District Attorney Eric Gonzalez" had given a facility "Brooklyn
 * District"): the place is the borough or county alone.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';
import { BODY_HEADS } from './lexicon.js';

const TITLE_END = /\s(?:Judge|Attorney|Adviser|Advisor|Prosecutor|Magistrate|Justice)$/;

const DISTRICT_BEFORE_ATTORNEY = /^(\p{Lu}.*?)\s+District$/u;

export function titlesReadAsBodies(body: string, entities: Entity[]): void {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    const district = e.type === 'location' ? DISTRICT_BEFORE_ATTORNEY.exec(e.text) : null;
    if (district && /^\s+Attorney\b/.test(body.slice(e.end, e.end + 10))) {
      const place = lookupPlace(district[1]!, body);
      if (!place) {
        entities.splice(i, 1);
        continue;
      }
      Object.assign(e, { text: district[1]!, end: e.start + district[1]!.length, subtype: place.kind, canonical: place.name });
      if (place.country) e.country = place.country;
      continue;
    }
    if (e.type !== 'organization' || !TITLE_END.test(e.text)) continue;
    if (e.text.split(/\s+/).slice(0, -1).some((w) => BODY_HEADS.has(w.toLowerCase()))) continue;
    const person = entities.find((p) => p.type === 'person' && p.start > e.end && /^\s+$/.test(body.slice(e.end, p.start)));
    if (person) entities.splice(i, 1);
  }
}
