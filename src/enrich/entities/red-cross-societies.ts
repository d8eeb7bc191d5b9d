/**
 * Red Cross and Red Crescent societies are bodies wherever a report names them. The tagger read
 * "Red Crescent" as a person before a post ("Red Crescent spokesman Mojtaba Khaledi", "Iranian Red
 * Crescent chief ...") and after a people's adjective ("Iranian Red Crescent said"), and as a place
 * after "of" or "from" ("head of Iran's Red Crescent", "teams from Red Crescent"): a disaster's
 * reports then listed the society among the people, or left its count with no teller. No one's name
 * is "Red Crescent" or "Red Cross". The national society's adjective or country before it is part of
 * its name ("Iraqi Red Crescent Society", "Syrian Arab Red Crescent", "Kurdistan Red Crescent") and
 * gives its country. A longer body that holds it ("International Committee of the Red Cross") keeps
 * its name, and a place or building named after it ("Red Cross Hospital", "Red Cross Road") is left
 * as read.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCountry, lookupRegion } from '../gazetteer/places.js';

/** The movement's name, with "Society" after it where written; not before another capitalised word. */
const SOCIETY = /(?<![\p{L}-])Red\s+(?:Cross|Crescent)(?:\s+Societ(?:y|ies))?(?![\p{L}-])(?!\s+\p{Lu})/gu;
/** A capitalised word right before the name: a people's adjective, a country or a region ("Kurdistan"). */
const WORD_BEFORE = /(\p{Lu}[\p{L}-]+)\s+$/u;

/** The country of a word before the society's name, or undefined where it names no country or region. */
function countryOfWord(word: string): string | null | undefined {
  const demonym = countryOfDemonym(word);
  if (demonym) return demonym;
  const country = lookupCountry(word);
  if (country) return country.country ?? null;
  // "Kurdistan Red Crescent": a region's society, of no country this reads.
  return lookupRegion(word) ? null : undefined;
}

/** Turns, in place, every name of a Red Cross or Red Crescent society into a body. */
export function redCrossSocieties(body: string, entities: Entity[]): void {
  if (!body.includes('Red ')) return;
  for (const m of body.matchAll(SOCIETY)) {
    let start = m.index;
    const end = start + m[0].length;
    let country: string | null = null;
    // "Syrian Arab Red Crescent": "Arab" after a people's adjective is part of the name too.
    for (let k = 0; k < 2; k++) {
      const before = WORD_BEFORE.exec(body.slice(Math.max(0, start - 30), start));
      if (!before) break;
      const of = countryOfWord(before[1]!);
      if (of === undefined && !(before[1] === 'Arab' && k === 0)) break;
      start -= before[0].length;
      if (of) country = of;
    }
    // A longer body that holds the name keeps it ("International Federation of Red Cross and Red Crescent Societies").
    if (entities.some((e) => e.type === 'organization' && e.start <= start && end <= e.end && e.end - e.start > end - start)) continue;
    const overlapping = entities.filter((e) => e.start < end && start < e.end);
    // A person whose span runs past the name ("Red Crescent spokesman Mojtaba Khaledi" read as one) is cut to what is after it.
    for (const e of overlapping) {
      const k = entities.indexOf(e);
      if (e.end > end && e.type === 'person' && /^\s+\p{Lu}/u.test(body.slice(end, e.end))) {
        const rest = body.slice(end, e.end);
        const lead = rest.length - rest.trimStart().length;
        entities[k] = { text: body.slice(end + lead, e.end), type: 'person', start: end + lead, end: e.end };
      } else entities.splice(k, 1);
    }
    const society: Entity = { text: body.slice(start, end), type: 'organization', start, end };
    if (country) society.country = country;
    entities.push(society);
  }
  entities.sort((x, y) => x.start - y.start);
}
