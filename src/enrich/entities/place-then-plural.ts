/**
 * "the Los Angeles Lakers", "Utah Jazz fans": a town's or a state's name and a capitalised plural
 * after it that names nothing the word lists or the gazetteer know make a team's or a firm's name,
 * a body, not the place the tagger found ("Lakers" left out). The plural must end the name (no
 * capitalised word after it) and be no people's, party's, title's or place's word ("Texas Democrats",
 * "Ohio Senators", "Golan Heights", "Iraqi Kurds" stay as they were).
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { FUNCTION_WORDS, LOCATION_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** One capitalised plural word right after the place, ending the name. */
const PLURAL_AFTER = /^ (\p{Lu}\p{Ll}+s)(?![\p{L}'’-]| \p{Lu})/u;
/** Members of parties and of peoples a place's name often leads ("Texas Democrats", "Kurds"). */
const MEMBERS = /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories|Kurds|Arabs|Jews|Muslims|Christians|Catholics|Protestants|Sunnis|Shias|Shiites|Alawites|Druze|Serbs|Croats|Turks|Tamils|Sikhs|Hindus|Buddhists)$/;

function namesNothing(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/(?:e?s)$/, '');
  if ([lower, singular, lower.slice(0, -1)].some((w) => TITLE_WORDS.has(w) || LOCATION_HEADS.has(w) || FUNCTION_WORDS.has(w) || WEEKDAYS_AND_MONTHS.has(w))) return false;
  return !MEMBERS.test(word) && !lookupCountry(word) && !lookupCity(word) && !lookupRegion(word) && !countryOfDemonym(word) && !countryOfDemonym(word.slice(0, -1));
}

/** Retypes, in place, a town or a state and the plural after it as one body. */
export function teamsNamedForPlaces(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'location' || (e.subtype !== 'city' && e.subtype !== 'region')) continue;
    const m = PLURAL_AFTER.exec(body.slice(e.end, e.end + 40));
    if (!m || !namesNothing(m[1]!)) continue;
    // The plural written in lower case elsewhere is a common noun ("Boston Celtics" yes, "Boston Residents" no).
    if (new RegExp(`\\b${m[1]!.toLowerCase()}\\b`).test(body)) continue;
    const end = e.end + m[0].length;
    if (entities.some((f) => f !== e && f.start < end && e.start < f.end)) continue;
    Object.assign(e, { type: 'organization', end, text: body.slice(e.start, end) });
    delete e.subtype;
    delete e.canonical;
  }
}
