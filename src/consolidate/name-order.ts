/**
 * A name written family name first by one outlet and last by another is listed as a disagreement
 * (name-variants.ts), since a reader must be told which word is the given name. Where the given name
 * says so itself, as a Korean given name of two syllables joined by a hyphen does ("Kim Tae-ho" /
 * "Tae-ho Kim"), no reader is misled either way, and listing the order once per person filled the
 * event's disagreements with noise.
 */

/** "Tae-ho", "Sun-hui": a capitalised syllable, a hyphen and a syllable in lower case. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether two writings are the same two words in swapped order, one of them a hyphenated given name. */
export function givenNameMarkedSwap(a: string, b: string): boolean {
  const x = a.trim().split(/\s+/);
  const y = b.trim().split(/\s+/);
  if (x.length !== 2 || y.length !== 2) return false;
  if (x[0] !== y[1] || x[1] !== y[0]) return false;
  return HYPHENATED_GIVEN.test(x[0]!) !== HYPHENATED_GIVEN.test(x[1]!);
}
