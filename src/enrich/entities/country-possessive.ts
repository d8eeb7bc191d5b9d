/**
 * "Norland's Ministry of Water", "Norland's Ports Authority": a country's possessive before a body
 * says whose body it is; it is no part of the body's name. Read as one organisation, the event listed
 * "Norland's Ministry of Water" beside "Ministry of Water", and STIX made two identities of them. The
 * country becomes a place of its own and the body keeps its name, with that country.
 */
import type { Entity } from '../../model/types.js';
import { lookupCountry } from '../gazetteer/places.js';
import { BODY_HEADS } from './lexicon.js';

const POSSESSIVE = /['’]s\s+(?=\p{Lu})/u;

/** The entities with each country's possessive split off the body it opens. */
export function bodiesWithoutCountryPossessive(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const m = e.type === 'organization' ? POSSESSIVE.exec(e.text) : null;
    const owner = m ? lookupCountry(e.text.slice(0, m.index)) : null;
    const name = m ? e.text.slice(m.index + m[0].length) : '';
    if (!m || !owner?.country || !name.split(/\s+/).some((w) => BODY_HEADS.has(w.toLowerCase()))) {
      out.push(e);
      continue;
    }
    const place: Entity = { text: e.text.slice(0, m.index), type: 'location', subtype: 'country', start: e.start, end: e.start + m.index, canonical: owner.name, country: owner.country };
    out.push(place, { ...e, text: name, start: e.end - name.length, country: owner.country });
  }
  return out;
}
