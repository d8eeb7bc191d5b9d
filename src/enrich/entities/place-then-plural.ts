/**
 * "the Los Angeles Lakers", "Utah Jazz fans": a town's or a state's name and a capitalised plural
 * after it that names nothing the word lists or the gazetteer know make a team's or a firm's name,
 * a body, not the place the tagger found ("Lakers" left out). The plural must end the name (no
 * capitalised word after it) and be no people's, party's, title's or place's word ("Texas Democrats",
 * "Ohio Senators", "Golan Heights", "Iraqi Kurds" stay as they were). A nickname of two words
 * ("Portland Trail Blazers", "Toronto Blue Jays") is one more capitalised word before the plural, also
 * when the tagger ran the whole name into one place.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry, lookupPlace, lookupRegion } from '../gazetteer/places.js';
import { FUNCTION_WORDS, LOCATION_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** A capitalised plural right after the place, ending the name, with at most one capitalised word before it. */
const PLURAL_AFTER = /^ (?:(\p{Lu}\p{Ll}+) )?(\p{Lu}\p{Ll}+s)(?![\p{L}'’-]| \p{Lu})/u;
/** A plural that may end a nickname. */
const PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** A capitalised word. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Members of parties and of peoples a place's name often leads ("Texas Democrats", "Kurds"). */
const MEMBERS = /^(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories|Kurds|Arabs|Jews|Muslims|Christians|Catholics|Protestants|Sunnis|Shias|Shiites|Alawites|Druze|Serbs|Croats|Turks|Tamils|Sikhs|Hindus|Buddhists)$/;

function namesNothing(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/(?:e?s)$/, '');
  // "Counties" is "county"'s plural.
  if ([lower, singular, lower.slice(0, -1), lower.replace(/ies$/, 'y')].some((w) => TITLE_WORDS.has(w) || LOCATION_HEADS.has(w) || FUNCTION_WORDS.has(w) || WEEKDAYS_AND_MONTHS.has(w))) return false;
  return !MEMBERS.test(word) && !lookupCountry(word) && !lookupCity(word) && !lookupRegion(word) && !countryOfDemonym(word) && !countryOfDemonym(word.slice(0, -1));
}

/**
 * The first word of a nickname of two ("Trail" of "Trail Blazers", "Blue" of "Blue Jays"): any
 * capitalised word that is no title, function word, day, month, country or people ("Ohio State
 * Senators", "Texas Republican Delegates" stay places).
 */
function mayOpenNickname(word: string): boolean {
  const lower = word.toLowerCase();
  return !TITLE_WORDS.has(lower) && !FUNCTION_WORDS.has(lower) && !WEEKDAYS_AND_MONTHS.has(lower) && !lookupCountry(word) && !countryOfDemonym(word);
}

/** Whether the words after a place make a nickname: the plural names nothing and is written nowhere in lower case. */
function isNickname(body: string, first: string | undefined, plural: string): boolean {
  if (!namesNothing(plural) || (first !== undefined && !mayOpenNickname(first))) return false;
  // The plural written in lower case elsewhere is a common noun ("Boston Celtics" yes, "Boston Residents" no).
  return !new RegExp(`\\b${plural.toLowerCase()}\\b`).test(body);
}

function isTownOrState(name: string): boolean {
  const place = lookupPlace(name);
  return place !== null && (place.kind === 'city' || place.kind === 'region');
}

/** A place the tagger read with the nickname in it ("Portland Trail Blazers", "New York Yankees"), ending the name. */
function wholeTeam(body: string, text: string, end: number): boolean {
  const words = text.split(' ');
  const plural = words[words.length - 1]!;
  if (words.length < 2 || !PLURAL.test(plural) || /^ \p{Lu}/u.test(body.slice(end, end + 2))) return false;
  // "Midtown Memphis": a part of town, then a town whose name ends in "s" (not a hamlet named "Hawks").
  const town = lookupPlace(plural);
  if (town?.kind === 'city' && (town.population ?? 0) >= 50_000) return false;
  for (const nickname of [1, 2]) {
    const first = nickname === 2 ? words[words.length - 2]! : undefined;
    const town = words.slice(0, words.length - nickname);
    if (town.length === 0 || (first !== undefined && !CAPITALISED.test(first))) continue;
    if (isTownOrState(town.join(' ')) && isNickname(body, first, plural)) return true;
  }
  return false;
}

/** Retypes, in place, a town or a state and the plural after it as one body. */
export function teamsNamedForPlaces(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'location') continue;
    // A place of no kind, or a facility by a word of the nickname ("Sea" of "Tacoma Sea Hawks").
    if (e.subtype === undefined || e.subtype === 'facility') {
      // The tagger may also stop before the plural ("Portland Trail" of "Portland Trail Blazers fans").
      const end = e.end + (/^ \p{Lu}\p{Ll}+s(?![\p{L}'’-])/u.exec(body.slice(e.end, e.end + 30))?.[0].length ?? 0);
      if (wholeTeam(body, body.slice(e.start, end), end) && !entities.some((f) => f !== e && f.start < end && e.start < f.end)) {
        Object.assign(e, { type: 'organization', end, text: body.slice(e.start, end) });
        delete e.subtype;
        delete e.canonical;
        continue;
      }
    }
    if (e.subtype !== 'city' && e.subtype !== 'region') continue;
    const m = PLURAL_AFTER.exec(body.slice(e.end, e.end + 40));
    if (!m || !isNickname(body, m[1], m[2]!)) continue;
    const end = e.end + m[0].length;
    if (entities.some((f) => f !== e && f.start < end && e.start < f.end)) continue;
    Object.assign(e, { type: 'organization', end, text: body.slice(e.start, end) });
    delete e.subtype;
    delete e.canonical;
  }
}
