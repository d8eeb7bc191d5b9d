/**
 * Word gates: the plain words every match of a pattern must hold, looked for in the lower-cased text
 * before the pattern is run. A case-blind pattern is tried at every word of a page; a search for a few
 * words costs a fraction of that, and most pages lack the words of most casualty patterns. A gate only
 * skips a pattern that could not have matched, so readings are the same with or without it.
 */
import { type Sketch, mayHold, sketchOf } from './trigram-sketch.js';

/** Groups of words: a text passes when it holds at least one word of every group. */
export type WordGroups = readonly (readonly string[])[];

/** Whether `lower` (a lower-cased text) holds a word of each group. */
export function hasWords(lower: string, groups: WordGroups): boolean {
  for (const group of groups) if (!holdsAny(lower, group)) return false;
  return true;
}

/**
 * Below this length a text is searched word by word: its sketch would cost more than the searches.
 * Above it, a text is asked about a hundred words or more (every gate of every pattern), nearly all
 * absent, and each absent word's search read the whole text.
 */
const SKETCHED_FROM = 256;

/**
 * Whether `lower` holds one of the words: one group's gate. A plain loop, as every gate of every
 * pattern asks it of every text (the closures of some() had cost more than the searches). A long
 * text's trigram sketch rules most absent words out without a search; the search still decides.
 */
export function holdsAny(lower: string, words: readonly string[]): boolean {
  if (lower.length < SKETCHED_FROM) {
    for (const word of words) if (lower.includes(word)) return true;
    return false;
  }
  const sketch: Sketch = sketchOf(lower);
  for (const word of words) if (mayHold(sketch, word) && lower.includes(word)) return true;
  return false;
}
