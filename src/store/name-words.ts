/**
 * A capitalised word in a search is a name ("Thies", "Sarr", "Gates"), and should find the name, not a
 * common word the index's English stemmer makes the same: Porter cuts "Thies" and "this" both to
 * "thi", so a search for the Senegalese town matched nearly every story (any "this"), and its snippet
 * marked "this". The full-text index holds stems only, so such a word is looked for again in the hit's
 * own text, as written: a word that begins with it, case and accents aside ("Thiès", "Thies's",
 * "Gatestone" but not "gate"). Only a required word alone in its group is checked (an OR group or a
 * quoted phrase is left to the index), and only where stemming changes it: "Sarr" stems to itself, so
 * the index alone is exact for it.
 */
import { stemmer } from 'stemmer';
import { foldAccents } from '../util/fold.js';
import type { ParsedQuery } from './query-syntax.js';

/** Case and accents folded, as the index folds them. */
function folded(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** The query's name words (see the header), folded: empty for most queries. */
export function nameWords(query: ParsedQuery): string[] {
  const out: string[] = [];
  for (const group of query.required) {
    const word = group.length === 1 && group[0]!.length === 1 ? group[0]![0]! : null;
    if (!word || !/^\p{Lu}/u.test(word) || word.length < 3) continue;
    const plain = folded(word);
    if (/^[a-z]+$/.test(plain) && stemmer(plain) !== plain && !out.includes(plain)) out.push(plain);
  }
  return out;
}

/** Whether the texts hold, for every name word, a word that begins with it. */
export function holdsNameWords(texts: readonly string[], names: readonly string[]): boolean {
  const text = folded(texts.join('\n'));
  return names.every((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name}`, 'u').test(text));
}
