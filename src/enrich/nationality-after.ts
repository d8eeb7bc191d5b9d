/**
 * A person's country from an apposition right after the name: "Artyom Volodin, a 35-year-old Russian,",
 * "Ion Rusnak, 28, of Moldova,", "Ion Rusnak, a Moldovan citizen,", "Ion Rusnak, of Moldovan
 * nationality,", "Rusnak, the Moldovan, 28,". Police and court reports give a suspect's nationality so,
 * and a reader filters events by it. Only a people's word alone or with a noun of nationality or of a
 * person ("national", "citizen", "man", "woman"), closed by a comma or the sentence's end: "Ana Ruiz, a
 * Russian literature scholar," is a scholar of Russian literature, not a Russian.
 */
import { countryOfDemonym, lookupCountry } from './gazetteer/places.js';
import { usStateNamed, usStatesIn } from './gazetteer/us-states.js';

/** ", a 35-year-old Russian,", ", the Moldovan, 28,", ", a Moldovan citizen.": an article, an age, a people, a noun. */
const PEOPLE_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:an?|the)\s+(?:\d{1,3}-year-old\s+)?(?<people>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?:\s+(?:national|citizen|man|woman))?\s*(?:[,.;]|$)/u;
/** ", of Moldovan nationality,", ", of Russian origin,". */
const OF_NATIONALITY = /^,\s+(?:\d{1,3},\s+)?of\s+(?<people>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:nationality|citizenship)\s*[,.;]/u;
/** ", 28, of Moldova,": the age, then the country (a town there is the person's home town, home-town.ts). */
const OF_COUNTRY = /^,\s+\d{1,3},\s+of\s+(?<country>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[,.;]/u;

/**
 * Countries whose names are also the names of American towns a local report writes after an age
 * ("Dale Reed, 41, of Lebanon" is from Lebanon, Tennessee, as often as not), and Georgia, a state.
 */
const TOWN_NAMED_COUNTRIES = new Set(['georgia', 'lebanon', 'mexico', 'peru', 'poland', 'cuba', 'jordan', 'panama', 'chile', 'canada', 'jersey', 'china', 'belgium', 'wales', 'holland']);

/** What follows ", of Norway," that makes it a US town: a borough of New York, or a county. */
const US_AREA_AFTER = /^\s*(?:Queens|Brooklyn|(?:the\s+)?Bronx|Manhattan|Staten\s+Island|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s+(?:County|Parish)\b)/u;
/** The words after the country's comma, up to the next stop: where a state may be written ("Maine", "Ind.", "S.C."). */
const NEXT_PART = /^\s*((?:\p{Lu}[\p{L}.]*\s?){1,3})(?=[,;:)]|\.?\s|$)/u;

/**
 * Whether the country's name at the end of `of` (", 33, of Jamaica,") is followed by a US state, a
 * New York borough or a county (" Queens,", " Maine,", " Ind."): a US town so named (review76 fault 3).
 */
function usTownAfter(after: string, of: RegExpExecArray): boolean {
  if (!of[0].endsWith(',')) return false;
  const rest = after.slice(of[0].length);
  if (US_AREA_AFTER.test(rest)) return true;
  const part = NEXT_PART.exec(rest)?.[1]?.trim();
  return part !== undefined && (usStateNamed(part) !== null || usStatesIn(`, ${part}`).size > 0);
}

/** The country an apposition right after a name at `end` gives its person, or null. */
export function nationalityAfter(body: string, end: number): string | null {
  const after = body.slice(end, end + 60);
  if (!after.startsWith(',')) return null;
  const people = PEOPLE_AFTER.exec(after) ?? OF_NATIONALITY.exec(after);
  if (people) return countryOfDemonym(people.groups!['people']!);
  const of = OF_COUNTRY.exec(after);
  if (!of || TOWN_NAMED_COUNTRIES.has(of.groups!['country']!.toLowerCase()) || usTownAfter(after, of)) return null;
  return lookupCountry(of.groups!['country']!)?.country ?? null;
}
