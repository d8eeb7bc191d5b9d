/**
 * The `entity` filter's keys of a person's name, one for each romanisation of it an analyst may type
 * ("Dmitry Volkov" for an event whose reports write "Dmitri Volkov"; util/transliteration.ts). The
 * event is tagged with every spelling, so the filter still matches one key, and a store written
 * before keeps answering the names as written.
 */
import { transliterationSpellings } from '../util/transliteration.js';
import { foldAccents } from '../util/fold.js';

/** Beyond this many spellings a name is tagged as written only (a name of many such words is rare). */
const MAX_SPELLINGS = 16;

/** The name as written, then its other spellings, as words in lower case with accents folded. */
export function nameSpellings(name: string): string[] {
  const words = foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean);
  let out: string[][] = [[]];
  for (const word of words) {
    const spellings = transliterationSpellings(word);
    out = out.flatMap((prefix) => spellings.map((s) => [...prefix, s]));
    if (out.length > MAX_SPELLINGS) return [words.join(' ')];
  }
  return out.map((w) => w.join(' '));
}
