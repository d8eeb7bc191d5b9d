/**
 * The last words of a body's name that the tagger left out: "the Party for the Animals", "the European
 * Rally for Liberty", "the National Commission Against Drunk Driving", "the Green Progressive Accord".
 * The tagger, knowing the start of such a name, stops before words it has seen mostly in other roles;
 * capitalised words nobody took right after an organisation, or after it and "for" or "against" (with
 * "the" or "a") where the name before cannot be whole, are the rest of its name. Not a title or an office, a day or a month, a place or a
 * people's adjective, and not a word the article also writes in lower case (a headline's capitals:
 * "Labour Wins", "New Force Joined with"), not after a name of one word, whose product often follows
 * ("Google Maps"), and not an event named after the body ("the Google Science Fair"). The mirror of
 * `body-lead-words.ts`.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry } from '../gazetteer/places.js';
import { FUNCTION_WORDS, OFFICE_WORDS, ORG_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

const lastWord = (name: string): string => /\S+$/.exec(name)![0].toLowerCase();

/** The link, then up to four capitalised words ending at punctuation, a lower-case word or the end, on one line. */
const TAIL_WORDS = /^((?:[^\S\n]+(?:for|against)(?:[^\S\n]+(?:the|a))?)?[^\S\n]+)((?:\p{Lu}[\p{L}'’-]*)(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})(?=[^\S\n]*[,.;:()'’"”]|[^\S\n]+\p{Ll}|\s*$)/u;

/** Those who sit in a body, which follow its name without being part of it ("an NDP Member of Parliament"). */
const MEMBER_WORDS = /^(?:Members?|MPs?|Fellows?|Leaders?|Chairs?|Candidates?)$/;

/** The last word of an event's name: "Science Fair", "World Cup", "Innovation Awards". */
const EVENT_END = /(?:Fair|Festival|Expo|Awards?|Contest|Cup|Prize|Games|Summit|Conference|Championships?|Open|Marathon|Week|Day|Show)$/;

function isNameWord(body: string, word: string): boolean {
  // "a NASA T-shirt": a word whose last part after a dash is in lower case is a common noun.
  // Nor a short word of another language's sentence ("worked with Estudio Nube for Un verano").
  if (MEMBER_WORDS.test(word) || /-\p{Ll}+$/u.test(word) || /^\p{Lu}\p{Ll}?$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if ([lower, lower.replace(/s$/, '')].some((w) => TITLE_WORDS.has(w) || OFFICE_WORDS.has(w) || FUNCTION_WORDS.has(w) || WEEKDAYS_AND_MONTHS.has(w))) return false;
  if (lookupCountry(word) || lookupCity(word) || countryOfDemonym(word)) return false;
  return !new RegExp(`(?<![\\p{L}'’-])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'u').test(body);
}

export function joinTailWordsToBodies(body: string, entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.type !== 'organization') continue;
    const m = TAIL_WORDS.exec(body.slice(e.end, e.end + 80));
    if (!m) continue;
    // After "for" or "against", only a name that cannot be whole: a head word alone ("the Party for
    // the Animals") or one without a head word at its end ("the European Rally for Liberty"); "the Rosa
    // Lind Foundation for the Performing Arts" is as often named without its purpose.
    if (m[1]!.trim() && /\s/.test(e.text) && ORG_HEADS.has(lastWord(e.text))) continue;
    // Straight after the name, only one of two words or more: after one word the capitals are as often
    // its product ("Google Maps", "Apple Watch"). Nor an event named after the body ("the Google Science Fair").
    if (!m[1]!.trim() && !/\s/.test(e.text)) continue;
    if (EVENT_END.test(m[2]!)) continue;
    const words = m[2]!.split(/\s+/);
    if (!words.every((w) => isNameWord(body, w))) continue;
    const end = e.end + m[0].length;
    const next = entities[k + 1];
    if (next && next.start < end) continue;
    e.end = end;
    e.text = body.slice(e.start, end);
  }
}
