/**
 * "Russian-occupied Crimea", "Israeli-held", "Saudi-backed": a people's adjective and a participle of
 * holding, glued by a hyphen before a place's name. It tells who holds the place and is no word of its
 * name: the tagger's span took it in ("Russian-held Donetsk" had no country) and the rules read it with
 * the name as a person's ("Russian-occupied Crimea" was lost).
 */
import { countryOfDemonym } from '../gazetteer/places.js';

const HOLDERS_WORD = /^(\p{Lu}\p{L}+)-(?:occupied|held|controlled|annexed|administered|run|backed)$/u;

/** Whether a word is such an adjective ("Russian-occupied"). */
export function isHoldersAdjective(word: string): boolean {
  const m = HOLDERS_WORD.exec(word);
  return m !== null && countryOfDemonym(m[1]!) !== null;
}

/** How many characters of the text's opening such an adjective and the space after it take (0 if none). */
export function holdersAdjectiveLength(text: string): number {
  const m = /^(\S+)\s+(?=\p{Lu})/u.exec(text);
  return m && isHoldersAdjective(m[1]!) ? m[0].length : 0;
}
