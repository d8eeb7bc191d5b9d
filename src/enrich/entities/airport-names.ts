/**
 * "bound for Lyon Saint-Exupéry (LYS)", "landed at Milan Malpensa": an airport named by its city and the
 * name it bears, without the word "Airport". The tagger reads the name as a body or a person (review
 * ux71b: "Lyon Saint-Exupéry" listed as an organisation of the crash, beside its code "LYS"). Such a
 * name is the airport, a facility in its city's country: where its code follows it in brackets, or where
 * a word of travel governs it ("bound for", "landed at", "diverted to"), in a sentence of air travel
 * ("arrived at Houston Methodist" of a patient is a hospital); then every mention of the same name in
 * the report is the airport too. The city must be one of 30,000 people or more, and the
 * rest of the name no word of a body or an airline ("Lyon Airlines (LYA)", "Porto City Council").
 */
import type { Entity } from '../../model/types.js';
import { cityCandidates, type City } from '../gazetteer/cities.js';
import { BODY_HEADS } from './lexicon.js';

/** Words of air travel right before an airport's name. */
const TRAVEL_BEFORE = /\b(?:bound\s+for|flying\s+(?:to|from)|flights?\s+(?:to|from)|landed\s+(?:safely\s+)?at|land\s+at|diverted\s+to|took\s+off\s+from|departed(?:\s+from)?|departing(?:\s+from)?|approach\s+to|en\s+route\s+to|headed\s+for|destined\s+for|arriv(?:ed|ing)\s+at)\s+$/i;
/** A code in brackets right after the name: "(LYS)". */
const CODE_AFTER = /^\s*\([A-Z]{3}\)/;
/** Words of an airline or a body, which an airport's own name does not hold. */
const NOT_AIRPORT = /^(?:Air|Airlines?|Airways|Aviation|Express|Jet|Connect|Cargo|City|Club|FC|United)$/;
/** Words of flying in the sentence ("bound for" alone may be a ship's, "landed at" a patient's). */
const FLYING = /\b(?:flights?|flew|flying|runways?|take-?off|took\s+off|aircraft|jets?|jetliners?|airliners?|planes?|airlines?|pilots?|turboprops?|airbus|boeing)\b/i;
/** The smallest city an airport named this way is taken to serve. */
const MIN_POPULATION = 30_000;

/** The entities with each airport named by its city and name one facility, in that city's country. */
export function airportsByCityName(body: string, entities: Entity[]): Entity[] {
  if (!FLYING.test(body)) return entities;
  const airports = new Map<string, string>();
  for (const e of entities) {
    if (e.type === 'location' || airports.has(e.text)) continue;
    const code = CODE_AFTER.test(body.slice(e.end, e.end + 8));
    if (!code && !TRAVEL_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start))) continue;
    if (!FLYING.test(sentenceAround(body, e.start, e.end))) continue;
    const country = cityCountry(e.text);
    if (country) airports.set(e.text, country);
  }
  if (airports.size === 0) return entities;
  return entities.map((e) => {
    const country = e.type === 'location' ? undefined : airports.get(e.text);
    return country ? { text: e.text, type: 'location', subtype: 'facility', start: e.start, end: e.end, country } : e;
  });
}

/** The country of the city a name opens, where the rest of the name can be an airport's own ("Lyon" of "Lyon Saint-Exupéry"). */
function cityCountry(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const rest = words.slice(n);
    if (!rest.every((w) => /^\p{Lu}/u.test(w) && !NOT_AIRPORT.test(w) && !BODY_HEADS.has(w.toLowerCase()))) continue;
    // The city of that name with the most people, unless its name is a common word ("Reading").
    const city = cityCandidates(words.slice(0, n).join(' ')).reduce<City | null>((best, c) => (best === null || c.population > best.population ? c : best), null);
    if (city && !city.word && city.population >= MIN_POPULATION) return city.country;
  }
  return null;
}

/** The sentence a span stands in, by its nearest full stops or line ends. */
function sentenceAround(body: string, start: number, end: number): string {
  const before = body.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0);
  const to = body.slice(end).search(/[.!?](?:\s|$)/);
  return body.slice(from, to < 0 ? body.length : end + to);
}
