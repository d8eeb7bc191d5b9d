/**
 * Towns the tagger leaves untagged: named like a common word ("Spring", "Humble", "Rice", "Orange",
 * "Banning", "Mobile") or like a people ("Arab", Alabama). The gazetteer takes such a name only where
 * the text says where (cities.ts), and a local story seldom names its state: it names its county
 * ("Harris County Sheriff's Office", "Marshall Co."), and its outlet's home is near. A name the text
 * writes as a place ("in Spring", "near Banning", "in the Humble area", "Mobile Police", "a Spring
 * man") is the town of that name which one of these points to: a US state the text names, a county
 * it names whose seat lies near the town in a state that has the county, the outlet's home near it,
 * or another US town the text names near it ("in Spring ... a hospital in The Woodlands"). With
 * nothing pointing, the name stays unread ("in Spring" is a season as often as a town).
 */
import type { Entity } from '../model/types.js';
import { kilometres } from '../util/geo.js';
import { type City, cityCandidates } from './gazetteer/cities.js';
import { countySeat, statesWithCounty } from './gazetteer/county-seats.js';
import { FUNCTION_WORDS, WEEKDAYS_AND_MONTHS } from './entities/lexicon.js';
import { lookupPlace } from './gazetteer/places.js';

/** How far from its county's seat a town may lie: a large western county runs 60 km and more (Banning, Riverside). */
export const COUNTY_KM = 80;
/** How far from the outlet's home a town of its readers' area may lie. */
const HOME_KM = 120;
/** How far from another US town the text names (where the wounded were taken, a suspect's home) a town may lie. */
const TOWN_KM = 50;

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** One or two capitalised words, a weekday after the first no word of the name ("in Arab Tuesday"). */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s(?!${WEEKDAY}\b)\p{Lu}\p{Ll}+)?`;
/**
 * "in Spring, according to", "in Arab Tuesday", "near Banning.", "in the Humble area": a name after
 * "in", "near" or "outside" that ends there (no capitalised word after it but a weekday: "in Spring
 * Branch" is another place, "in Orange County" a county).
 */
const AFTER_IN = new RegExp(String.raw`\b(?:in|near|outside(?:\s+of)?)\s+(?:the\s+(?<area>${NAME})\s+area\b|(?<name>${NAME})(?=\s*[,.;:!?)]|\s+(?:${WEEKDAY}\b|\p{Ll})))`, 'gu');
/** "Mobile Police", "Orange police", "the Spring Fire Department": a town's own force. */
const FORCE_AFTER = new RegExp(String.raw`\b(?<name>${NAME})\s+(?:[Pp]olice|Fire\s+(?:Department|Rescue))\b`, 'gu');
/** What follows a town's name in its force's: "Mobile Police", "Mobile Fire Rescue". */
const FORCE_NAME = /^\s+(?:Police|Fire)\b/;
/** "a Spring man", "a Humble teen": a resident, which says the town is the story's area. */
const RESIDENT_AFTER = new RegExp(String.raw`\b[Aa]n?\s+(?<name>${NAME})\s+(?:man|woman|teen|teenager|boy|girl|couple|resident|family)\b`, 'gu');

/** ", Texas", ", Tex.": capitalised words after a town's comma that are not a county's name. */
const STATE_AFTER_COMMA = /^,\s*(?!(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:County|COUNTY|Parish|Co\.))\p{Lu}/u;

/** A county the text names: "Harris County", "Marshall Co.", "St. Mary Parish" (up to three words before the word). */
const COUNTY = /((?:\p{Lu}[\p{L}'’.-]*\s){1,3})(?:(?:County|COUNTY|Parish)\b|Co\.)/gu;

export interface UntaggedTown {
  /** The name as written. */
  text: string;
  start: number;
  city: City;
  /** Introduced as the scene ("in", "near", "outside"), not named by a force or a resident. */
  introduced: boolean;
}

/**
 * The towns the text writes as places but no entity covers, each the town a state, county or the
 * outlet's home points to. `states`: the US states (GeoNames codes, "TX") the text names.
 */
export function untaggedTowns(body: string, entities: readonly Entity[], states: ReadonlySet<string>, home: Pick<City, 'country' | 'lat' | 'lon'> | null): UntaggedTown[] {
  const found: UntaggedTown[] = [];
  let counties: { state: string; seat: City }[] | undefined;
  let towns: { name: string; lat: number; lon: number }[] | undefined;
  // A tagged place is the chooser's already. A person or body the tagger made of the name alone ("in
  // Rice" read as a surname) or of the town's force ("Mobile Police") is the town the words say.
  const covered = (at: number, name: string): boolean => entities.some((e) => e.start <= at && at < e.end && !(e.type !== 'location' && e.start === at && (e.text === name || FORCE_NAME.test(e.text.slice(name.length)))));
  const scan = (pattern: RegExp, introduced: boolean): void => {
    for (const m of body.matchAll(pattern)) {
      const written = m.groups!['name'] ?? m.groups!['area']!;
      // "The Mobile Police": a force's two capitalised words may be a sentence's first word and the town.
      const name = /\s/.test(written) && !introduced && cityCandidates(written).length === 0 ? written.split(/\s+/)[1]! : written;
      if (FUNCTION_WORDS.has(name.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(name.toLowerCase())) continue;
      const start = m.index + m[0].lastIndexOf(name);
      if (covered(start, name)) continue;
      // A force or a resident's town the gazetteer reads alone is counted by the chooser's own force
      // readers ("Pittsburgh police"); a town with its state after it by its town-and-state reader.
      // A county's name after the comma is no state ("in Spring, Harris County deputies said"): the
      // county points to the town here, as it does anywhere else in the text.
      if (introduced ? STATE_AFTER_COMMA.test(body.slice(start + name.length, start + name.length + 60)) : lookupPlace(name, body)?.kind === 'city') continue;
      const us = cityCandidates(name).filter((c) => c.country === 'US' && c.admin1);
      if (us.length === 0) continue;
      // A county of a state the text names is that state's ("Harris County" beside "Georgia" is no Texan one).
      counties ??= countiesNamed(body).filter((k) => states.size === 0 || states.has(k.state));
      towns ??= townsNamed(body, entities);
      const pointed = us.filter((c) => states.has(c.admin1!) || counties!.some((k) => k.state === c.admin1 && kilometres(c.lat, c.lon, k.seat.lat, k.seat.lon) <= COUNTY_KM) || (home?.country === 'US' && kilometres(c.lat, c.lon, home.lat, home.lon) <= HOME_KM) || towns!.some((t) => t.name !== c.name && kilometres(c.lat, c.lon, t.lat, t.lon) <= TOWN_KM));
      if (pointed.length === 0) continue;
      // Of several the points allow, the largest (a post office town has no population: it comes last).
      const city = pointed.reduce((a, b) => (b.population > a.population ? b : a));
      found.push({ text: name, start, city, introduced });
    }
  };
  scan(AFTER_IN, true);
  scan(FORCE_AFTER, false);
  scan(RESIDENT_AFTER, false);
  return found.sort((a, b) => a.start - b.start);
}

/** The US towns the tagger found in the text, with their points ("Lakeside General Hospital in The Woodlands"). */
function townsNamed(body: string, entities: readonly Entity[]): { name: string; lat: number; lon: number }[] {
  const out: { name: string; lat: number; lon: number }[] = [];
  for (const e of entities) {
    if (e.type !== 'location' || e.subtype === 'country' || e.subtype === 'region') continue;
    const written = e.text === e.text.toUpperCase() ? e.text.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : e.text;
    const located = lookupPlace(written, body);
    if (located?.kind === 'city' && located.country === 'US' && located.lat !== null && located.lon !== null) out.push({ name: located.name, lat: located.lat, lon: located.lon });
  }
  return out;
}

/** The seats of the counties the text names, one for each state that has a county of the name. */
export function countiesNamed(body: string): { state: string; seat: City }[] {
  const out: { state: string; seat: City }[] = [];
  const seen = new Set<string>();
  for (const m of body.matchAll(COUNTY)) {
    // A scraped page may run sentences together ("Moonshine Hill.Harris County deputies").
    const words = m[1]!.trim().split(/\s+|\.(?=\p{Lu})/u);
    // "The Harris County Sheriff's Office": the longest run of last words a county has.
    for (let i = 0; i < words.length; i++) {
      const county = words.slice(i).join(' ');
      const states = statesWithCounty(county);
      if (states.size === 0) continue;
      for (const state of states) {
        if (seen.has(`${state} ${county}`)) continue;
        seen.add(`${state} ${county}`);
        const seat = countySeat(county, state);
        if (seat) out.push({ state, seat });
      }
      break;
    }
  }
  return out;
}
