/**
 * "searched the Sha Tin home of Ivan Tsang": a town the gazetteer holds, between "the" and a home's
 * word, is where the home is, not a body. The tagger read such a name before a noun as a firm's
 * ("the Sha Tin home" like "the Acme office"), and the search got no place. Only a name the gazetteer
 * knows as a town, and only before a dwelling's word followed by "of" or a possessive's owner.
 */
import type { Entity } from '../../model/types.js';
import { cityCandidates, cityKey } from '../gazetteer/cities.js';

const HOME_AFTER = /^\s+(?:home|house|flat|apartment|residence|villa|homes|houses|flats|apartments)\s+of\b/;
const THE_BEFORE = /(?<![\p{L}-])the\s+$/iu;

export function placesBeforeHomes(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type === 'location' || !THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start)) || !HOME_AFTER.test(body.slice(e.end, e.end + 20))) continue;
    const key = cityKey(e.text);
    // Not a town's name that is also an ordinary word ("the Reading home of").
    const town = cityCandidates(e.text).filter((c) => !c.word && cityKey(c.name) === key).sort((a, b) => b.population - a.population)[0];
    if (!town) continue;
    e.type = 'location';
    e.subtype = 'city';
    e.canonical = town.name;
    e.country = town.country;
  }
}
