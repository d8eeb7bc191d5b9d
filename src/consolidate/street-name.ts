/**
 * A name the tagger read as a person that is a street's: "Hill St.", "Anna Street", "Chauncey Ave."
 * (local reports place a shooting "between Weaver Pike and Hill St."). No one's name ends in a street's
 * kind, so such a name is no participant. Kinds that are surnames too ("Lane", "Pike", "Court") are left
 * alone.
 */

/** The last word of a street's name, abbreviated (with or without its full stop) or written out. */
const STREET_END = /(?:^|\s)(?:(?:St|Ave|Rd|Blvd|Hwy|Pkwy|Ln|Dr|Ct|Cir|Ter)\.?|Street|Avenue|Road|Boulevard|Parkway|Highway|Drive)$/;

/** Whether a person's name, as written, is a street's ("St." at its start is a saint's, as in "St. John"). */
export function isStreetName(name: string): boolean {
  return STREET_END.test(name.trim());
}
