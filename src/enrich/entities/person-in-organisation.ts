/**
 * A person the tagger read into an organisation's name. News writes a person's name right after
 * their employer or title, with no comma ("CEO of the Harbour Trust Mara Quist told",
 * "Ambassador Tobias Wrenfield said", "Lena Koh of New People's Party"), and the tagger, which
 * learnt that long capitalised runs are organisations, sometimes takes both as one body. Each rule
 * here needs more than capital letters to split: a title, a role before the body, or the article
 * naming the person elsewhere.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { cityCandidates } from '../gazetteer/cities.js';
import { usStateNamed } from '../gazetteer/us-states.js';
import { FUNCTION_WORDS, LOCATION_HEADS, ORG_HEADS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** Titles only a person holds: none starts an organisation's name ("National", "Army", "State", "Premier" may). */
const PERSON_TITLE = /^(?:Ambassador|Envoy|President|Vice President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|CEO|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Commissioner|Chancellor|Councillor|Councilman|Councilwoman|Lawmaker)\s+/;

/** A role and its link right before a body: "CEO of the", "a psychology major at", "Ambassador to the". */
const ROLE_BEFORE = /\b(?:ceo|cfo|chief|director|head|chair(?:man|woman|person)?|president|spokes(?:man|woman|person)|secretary|member|student|major|professor|researcher|fellow|executive|officer|manager|founder|leader|ambassador|envoy|representative|delegate|minister|adviser|advisor|analyst|editor|official|coordinator|organi[sz]er|partner|lawyer|attorney|counsel)\s+(?:general\s+)?(?:of|at|for|to|with)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?:chapter\s+of\s+(?:the\s+)?)?$/iu;

/** An envoy and "to" right before a country: "Ambassador to the", "envoy to". */
const ENVOY_TO = /\b(?:ambassador|envoy|emissary|consul(?:\s+general)?|high\s+commissioner|representative)\s+to\s+(?:the\s+)?$/i;

/** Bodies a person is named "of": parties, movements, unions, councils, assemblies. */
const MEMBER_BODY = /\b(?:Party|Movement|Alliance|Front|Union|League|Congress|Federation|Coalition|Council|Association|Assembly|Caucus|Bloc)$/;

/** A word that may be part of a person's name: capitalised, and nothing the word lists know. */
function nameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower) || ORG_HEADS.has(lower) || LOCATION_HEADS.has(lower) || TITLE_WORDS.has(lower) || WEEKDAYS_AND_MONTHS.has(lower)) return false;
  return !(lookupCountry(word) || lookupRegion(word) || countryOfDemonym(word));
}

/** Whether words are a place's name ("West Virginia", "San Bernardino"). */
const isPlaceName = (words: string): boolean =>
  lookupCountry(words) !== null || lookupCity(words) !== null || lookupRegion(words) !== null || usStateNamed(words) !== null || cityCandidates(words).some((c) => (c.population ?? 0) >= 20_000);
const lookupPlace2 = (a: string, b: string): boolean => isPlaceName(`${a} ${b}`);

export const isNameRun = (words: readonly string[]): boolean => words.length >= 1 && words.length <= 3 && words.every(nameWord);

function person(body: string, start: number, end: number): Entity {
  return { text: body.slice(start, end), type: 'person', start, end };
}

function organisation(body: string, from: Entity, start: number, end: number): Entity {
  const text = body.slice(start, end);
  const out: Entity = { text, type: from.type, start, end };
  if (from.subtype) out.subtype = from.subtype;
  if (from.country) out.country = from.country;
  return out;
}

/** Splits, in place, the organisations that hold a person. */
export function splitPersonFromOrganisation(body: string, entities: Entity[]): void {
  // Surnames the article gives people elsewhere: a tail ending in one is that person.
  const surnames = new Set(entities.filter((e) => e.type === 'person').map((e) => /\S+$/.exec(e.text)![0]));
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.type !== 'organization') continue;
    const replacement = titled(body, e) ?? titleThenName(body, e) ?? personOfBody(body, e) ?? bodyThenPerson(body, e, surnames);
    if (!replacement) continue;
    entities.splice(k, 1, ...replacement);
    k += replacement.length - 1;
  }
}

/** "Ambassador Tobias Wrenfield", "Ambassador Wrenfield": a title and a name are the person. */
function titled(body: string, e: Entity): Entity[] | null {
  const title = PERSON_TITLE.exec(e.text);
  if (!title) return null;
  const rest = e.text.slice(title[0].length);
  if (!isNameRun(rest.split(' '))) return null;
  return [person(body, e.start + title[0].length, e.end)];
}

/** A title that ends a post's name right before its holder's name. */
const TITLE_BEFORE_HOLDER = /\s(?:Coordinator|Commissioner|Representative|Director-General|Secretary-General|Envoy|Rapporteur|Administrator)\s+(\S+(?:\s\S+){1,2})$/;

/**
 * "UN Emergency Relief Coordinator Tomas Berglund", "EU High Representative Kaja Kallas": a post named
 * by its body and its title, then the holder's name of two or three words, which is the person (the
 * title before it is the role, read as any title before a name is).
 */
function titleThenName(body: string, e: Entity): Entity[] | null {
  const m = TITLE_BEFORE_HOLDER.exec(e.text);
  if (!m || !isNameRun(m[1]!.split(' '))) return null;
  return [person(body, e.end - m[1]!.length, e.end)];
}

/**
 * "Lena Koh of New People's Party": a name of two or three words, "of", and a party, a union, a
 * council. ("Bank of America", "Friends of the Earth", "Fraternal Order of Police" stay whole.)
 */
function personOfBody(body: string, e: Entity): Entity[] | null {
  const m = /^((?:\S+ ){1,2}\S+) of (?:the )?(.+)$/.exec(e.text);
  if (!m || !isNameRun(m[1]!.split(' ')) || /s$/.test(m[1]!)) return null;
  // Members are named "of" parties, unions, councils and the like; "Fraternal Order of Police" is one body.
  if (!MEMBER_BODY.test(m[2]!)) return null;
  const orgStart = e.end - m[2]!.length;
  return [person(body, e.start, e.start + m[1]!.length), organisation(body, e, orgStart, e.end)];
}

/**
 * "CEO of the Harbour Trust Mara Quist", "student at University of Nevada Reno Dalia Sarkis",
 * "Ambassador to the United Kingdom Tobias Wrenfield": a body, then a name of two or three words, where
 * a role stands before the body or the article names that person elsewhere.
 */
function bodyThenPerson(body: string, e: Entity, surnames: ReadonlySet<string>): Entity[] | null {
  const words = e.text.split(' ');
  if (words.length < 3) return null;
  const before = body.slice(Math.max(0, e.start - 70), e.start);
  // A role before the body, and the person doing what the sentence says next ("Mara Quist told",
  // "Dalia Sarkis heard"): "an analyst at Bank of America Merrill Lynch." ends the sentence instead.
  const after = body.slice(e.end, e.end + 12);
  const roleBefore = ROLE_BEFORE.test(before) && /^\s+\p{Ll}/u.test(after);
  for (const n of [2, 3]) {
    if (words.length - n < 1) continue;
    const tail = words.slice(-n);
    const head = words.slice(0, -n);
    if (!isNameRun(tail)) continue;
    // The body ends in a head word ("Council") or a place ("Arlington", "United States").
    // A town or a state is no person ("California State University San Bernardino").
    if (isPlaceName(tail.join(' '))) continue;
    // The body is two words or more ("Bank Julius Baer" is one name), or an acronym after a role and
    // its link ("Ambassador to the UN Rachel Moreno called"): no body's name is an acronym and a name.
    if (head.length < 2 && !(roleBefore && /^\p{Lu}{2,6}$/u.test(head[0]!))) continue;
    const last = head[head.length - 1]!;
    // Not where the name would start inside the body's own words ("Centre of | Social Democrats",
    // "Board of Governors of North | Dakota State").
    if (FUNCTION_WORDS.has(last.toLowerCase()) || lookupPlace2(last, tail[0]!)) continue;
    const placeEnds = isPlaceName(head.slice(-2).join(' ')) || isPlaceName(last);
    if (!ORG_HEADS.has(last.toLowerCase()) && !placeEnds) continue;
    // "Ambassador to the United Kingdom Tobias Wrenfield, the ...": after an envoy's country (the whole
    // of what leads), a comma may close the name. Not after a body named for a place ("a spokeswoman
    // for the New York Botanical Garden, said"; "Bank of America Merrill Lynch, said").
    const roleAtPlace = ENVOY_TO.test(before) && /^,\s/.test(after) && lookupCountry(head.join(' ')) !== null;
    if (!roleBefore && !roleAtPlace && !surnames.has(tail[tail.length - 1]!)) continue;
    const personStart = e.end - tail.join(' ').length;
    const orgEnd = e.start + head.join(' ').length;
    const org = organisation(body, e, e.start, orgEnd);
    // "the United States" before the person is the place it always was.
    const country = lookupCountry(org.text);
    if (country) Object.assign(org, { type: 'location', subtype: 'country', canonical: country.name, country: country.country });
    return [org, person(body, personStart, e.end)];
  }
  return null;
}
