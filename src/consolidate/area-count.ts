/**
 * "400 square metres", "2.5 square kilometres", "300 cubic metres": an area or a volume in its unit,
 * which the sentence counts as a figure of that unit, not a count of "squares" (review ux73a: a fire's
 * area told as 400 and 1,200 square metres was listed as "number of squares"). Two units are two
 * quantities: square metres are never held against square kilometres.
 */

const UNIT_AFTER = /^\s+(metres|meters|m|kilometres|kilometers|km|feet|ft|miles|yards|metre|meter|kilometre|kilometer|foot|mile|yard)\b/i;

/** Each unit by one name. */
const UNIT_NAME: Readonly<Record<string, string>> = {
  metres: 'metres', meters: 'metres', m: 'metres', metre: 'metres', meter: 'metres',
  kilometres: 'kilometres', kilometers: 'kilometres', km: 'kilometres', kilometre: 'kilometres', kilometer: 'kilometres',
  feet: 'feet', ft: 'feet', foot: 'feet', miles: 'miles', mile: 'miles', yards: 'yards', yard: 'yards',
};

/** The area or volume a counted "square" or "cubic" opens, with the length of its unit after the word; null for any other word. */
export function areaOf(word: string, after: string): { noun: string; label: string; length: number } | null {
  if (word !== 'square' && word !== 'cubic') return null;
  const unit = UNIT_AFTER.exec(after);
  if (!unit) return null;
  const name = UNIT_NAME[unit[1]!.toLowerCase()]!;
  return { noun: `${word} ${name}`, label: `${word} ${name}`, length: unit[0].length };
}

/** The discrepancy's label for an area's or a volume's figures: "area in square metres (...)". */
export function areaAbout(label: string, quoted: string): string | null {
  if (!/^(?:square|cubic) /.test(label)) return null;
  return `${label.startsWith('square') ? 'area' : 'volume'} in ${label} (${quoted})`;
}
