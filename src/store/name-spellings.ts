/**
 * The `entity` filter's keys of a person's name, one for each romanisation of it an analyst may type
 * ("Dmitry Volkov" for an event whose reports write "Dmitri Volkov"; util/transliteration.ts). The
 * event is tagged with every spelling, so the filter still matches one key, and a store written
 * before keeps answering the names as written. Names a hand-kept table spells several ways ("Omer" /
 * "Omar", "Yevgeny" / "Evgenii") are tagged in the table's form too, and a query by such a name looks
 * for either form (store/event-order.ts withNameVariants).
 */
import { transliterationSpellings } from '../util/transliteration.js';
import { foldAccents } from '../util/fold.js';
import { arabicNameKey, joinedAbd } from '../util/arabic-names.js';
import { centralAsianZhKey, russianYeKey } from '../util/name-variants-latin.js';

/** Beyond this many spellings a name is tagged as written only (a name of many such words is rare). */
const MAX_SPELLINGS = 16;

/**
 * The name as written, then its other spellings, as words in lower case with accents folded; then the
 * spellings of its table form where it has one (nameVariantWords: "omer" is "omar", "yevgeny" is
 * "evgeny"), so that an event is tagged under the form a query of either spelling is also looked up by.
 */
export function nameSpellings(name: string): string[] {
  const words = foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean);
  const written = spellingsOfWords(words);
  const variant = nameVariantWords(words);
  if (variant.join(' ') === words.join(' ')) return written;
  return [...new Set([...written, ...spellingsOfWords(variant)])];
}

/**
 * A name's words with each one a hand-kept table knows written its table's way: the Arabic, Persian
 * and Kurdish spellings (util/arabic-names.ts, "Abd al-" as one word), the Russian "Ye-" written "E-"
 * and a Central Asian family name's "Zh-" written "J-" (util/name-variants-latin.ts), as consolidate/participants.ts compares reports' names.
 */
export function nameVariantWords(words: readonly string[]): string[] {
  return joinedAbd(words).map((w) => russianYeKey(centralAsianZhKey(arabicNameKey(w))));
}

/** The name in its table form ("omar ali" for "Omer Ali"), or null where no word of it is in a table. */
export function nameVariant(name: string): string | null {
  const words = foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean);
  const variant = nameVariantWords(words);
  return variant.join(' ') === words.join(' ') ? null : variant.join(' ');
}

function spellingsOfWords(words: readonly string[]): string[] {
  let out: string[][] = [[]];
  for (const word of words) {
    const spellings = transliterationSpellings(word);
    out = out.flatMap((prefix) => spellings.map((s) => [...prefix, s]));
    if (out.length > MAX_SPELLINGS) return [words.join(' ')];
  }
  return out.map((w) => w.join(' '));
}
