/**
 * A name the tagger read as a person that is a street's: "Hill St.", "Olive Street", "Tamsin Ave."
 * (local reports place a shooting "between Weaver Pike and Hill St."). No one's name ends in a street's
 * kind, so such a name is no participant, neither person nor organisation. Kinds that are surnames too
 * ("Lane", "Pike", "Court") count only where the text points to an address: "1400 Weaver Pike", "the 200
 * block of Ash Lane", "on Weaver Pike" ("Nathan Lane said" stays a person).
 */

/** The last word of a street's name, abbreviated (with or without its full stop) or written out. */
const STREET_END = /(?:^|\s)(?:(?:St|Ave|Rd|Blvd|Hwy|Pkwy|Ln|Dr|Ct|Cir|Ter)\.?|Street|Avenue|Road|Boulevard|Parkway|Highway|Drive)$/;

/** Whether a person's name, as written, is a street's ("St." at its start is a saint's, as in "St. John"). */
export function isStreetName(name: string): boolean {
  return STREET_END.test(name.trim());
}

/** Street kinds that are surnames too: a street only where an address is written. */
const SURNAME_KIND_END = /\s(?:Pike|Lane|Court)$/;

/**
 * Words right before a name that make it an address: a house number, "block of", or a preposition of
 * place ("on", "at", "near", "along", "between", "off").
 */
const ADDRESS_BEFORE = /(?:\b\d{1,6}[A-Z]?\s+|\bblock\s+of\s+|\b(?:on|at|near|along|between|off|onto)\s+)$/i;

/** A court of law, not a street: "at Superior Court", "in Wayne County Circuit Court". */
const COURT_OF_LAW = /\b(?:Criminal|Superior|District|Circuit|Supreme|County|Family|Municipal|Magistrates?|Juvenile|Appeals|High|Federal|Claims|Probate|City|Traffic|Justice|Civil|Crown|Drug|Housing|Tax|Bankruptcy|Common Pleas)\s+Court$/;

/** Whether a name of a surname's kind ("Weaver Pike") is written as an address at this mention. */
export function isAddressAt(body: string, start: number, end: number): boolean {
  const name = body.slice(start, end).trim();
  if (!SURNAME_KIND_END.test(name) || COURT_OF_LAW.test(name)) return false;
  // "at Tom Lane's house" is a person's house, not the lane.
  if (/^['’]s\b/.test(body.slice(end, end + 3))) return false;
  return ADDRESS_BEFORE.test(body.slice(Math.max(0, start - 24), start));
}

/** "Days Inn on Volunteer Parkway": a venue, then on / at / off / near and the street it stands on. */
const VENUE_ON_STREET = /^(.+?\p{L}['’]?)\s+(?:on|at|off|near)\s+(\p{Lu}.*)$/u;

/**
 * The venue of a name the tagger ran on into its street ("Days Inn on Volunteer Parkway", "Summit
 * Apartments on Oxford Drive"): the venue alone, which is a body where the event happened, or null when
 * the name is not so written. Without it the street rule dropped the venue with its street.
 */
export function venueBeforeStreet(name: string): string | null {
  const m = VENUE_ON_STREET.exec(name.trim());
  if (!m || !isStreetName(m[2]!) || isStreetName(m[1]!)) return null;
  return m[1]!;
}
