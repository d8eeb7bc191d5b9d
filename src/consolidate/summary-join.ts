/**
 * A summary's chosen sentences joined into its text. A fact cut from its sentence at a clause ("Nora
 * Flint, 61, was held on suspicion of manslaughter" of "... and later released on bail, police said.")
 * ends with no stop: followed by another sentence, the two read as one, so it is given one.
 */

/** A sentence's end: a stop, perhaps inside a closing quotation mark or bracket. */
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]]*\s*$/;

export function joinSummary(sentences: readonly string[]): string {
  return sentences.map((text, i) => (i < sentences.length - 1 && !ENDS_SENTENCE.test(text) ? `${text}.` : text)).join(' ');
}
