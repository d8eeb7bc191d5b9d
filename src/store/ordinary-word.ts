/**
 * Whether a capitalised word of a firm's name is an ordinary English word ("State", "Street", "Home",
 * "Times", "Best"): one a reader types for many things, so it cannot find one firm alone (firm-words.ts).
 * Review69 saw `--entity State` select State Street's events, and it would select every firm whose name
 * holds that word.
 *
 * Three sources, none of which is the article's text:
 * - the entity tagger's list of words its training data usually wrote in lower case (models/ner.bin.gz);
 *   it is read lazily, only when a firm's name still has a candidate word after the cheaper tests;
 * - the lexicon's capitalised words that are no name alone: place and facility heads ("Street",
 *   "River"), titles ("King", "General"), words no name is made of ("State", "National"), function words;
 * - a short list of ordinary words the two miss because names so often capitalise them (colours, the
 *   compass, papers' title words, "Union", "House").
 */
import { FUNCTION_WORDS, LOCATION_HEADS, NOT_NAME_WORDS, TITLE_WORDS } from '../enrich/entities/lexicon.js';
import { hashString } from '../enrich/entities/model/hash.js';
import { shippedModel } from '../enrich/entities/model/spans.js';

/** Ordinary words that the tagger's training met capitalised more often than not, so its list lacks them. */
const OFTEN_CAPITALISED = new Set(
  `times post journal herald tribune daily sun star express mail gazette chronicle observer union house home wall
  blue red green black white gold golden grand great old stone hill sky air earth land gate depot mills works`.split(/\s+/).filter(Boolean),
);

export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (OFTEN_CAPITALISED.has(lower) || NOT_NAME_WORDS.has(lower) || LOCATION_HEADS.has(lower) || TITLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower)) return true;
  return shippedModel().common.has(hashString(lower));
}
