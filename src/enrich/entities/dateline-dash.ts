/**
 * "Port Lamar - Norland's Coast Guard said ...": a dateline written in ordinary case with a spaced dash,
 * which the tagger joins to the body that follows. The town before the dash is the dateline, a place;
 * what follows is read on its own (a body, or a country). A dateline in capitals with a doubled
 * hyphen ("TARVOS -- Norland on Friday ...") is one too, and the tagger may join it to the country
 * after it as one place.
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupCountry } from '../gazetteer/places.js';
import { BODY_HEADS } from './lexicon.js';

const DASHED = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:--|[-–—])\s+(\S.*)$/u;

/** The entities with a town and a dash split off the start of an organisation's name. */
export function bodiesWithoutDashedDateline(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const m = e.type === 'organization' || e.type === 'location' ? DASHED.exec(e.text) : null;
    const town = m ? lookupCity(m[1]!) : null;
    if (!m || !town) {
      out.push(e);
      continue;
    }
    out.push({ text: m[1]!, type: 'location', subtype: 'city', start: e.start, end: e.start + m[1]!.length, canonical: town.name, country: town.country });
    const rest = m[2]!;
    const start = e.end - rest.length;
    const country = lookupCountry(rest);
    if (country?.country) out.push({ text: rest, type: 'location', subtype: 'country', start, end: e.end, canonical: country.name, country: country.country });
    else if (e.type === 'organization' && rest.split(/\s+/).some((w) => BODY_HEADS.has(w.replace(/['’]s$/, '').toLowerCase()))) out.push({ ...e, text: rest, start });
  }
  return out;
}
