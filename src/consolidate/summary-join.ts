/**
 * A summary's chosen sentences joined into its text. A fact cut from its sentence at a clause ("Nora
 * Flint, 61, was held on suspicion of manslaughter" of "... and later released on bail, police said.")
 * ends with no stop: followed by another sentence, the two read as one, so it is given one.
 */

/** A sentence's end: a stop, perhaps inside a closing quotation mark or bracket. */
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]]*\s*$/;

/** The start of a sentence of its own: a capital or a figure, perhaps after an opening quotation mark. */
const STARTS_SENTENCE = /^["'“‘(]?[\p{Lu}\d]/u;

/**
 * A text that runs on in lower case ("Medics pronounced him" before "dead at the scene") is a piece of a
 * sentence the page ran together with others, not a clause: a stop would cut it, so it is left as it is.
 */
export function joinSummary(sentences: readonly string[]): string {
  return sentences.map((text, i) => (i < sentences.length - 1 && !ENDS_SENTENCE.test(text) && STARTS_SENTENCE.test(sentences[i + 1]!) ? `${text}.` : text)).join(' ');
}
