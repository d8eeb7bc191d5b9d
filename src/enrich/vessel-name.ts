/**
 * Ships and boats named after towns: "the cutter Sattahip 12", "the patrol boat Chonburi", "Freed
 * Sattahip 12 crew" under a story about a seized cutter. Navies and coast guards name hulls after
 * ports and provinces, often with a hull number after the name; such a name is the vessel, not a town
 * where anything happened.
 */

import { hullMentions } from '../cluster/hulls.js';

/**
 * Merchant shipping's own words for a hull: trade papers write "the supramax X", "the boxship X",
 * "the bulk carrier X", naming the size class or the trade rather than "ship".
 */
const MERCHANT_CLASS = String.raw`carriers?|bulkers?|boxships?|containerships?|(?:ultra\s?large\s|very\s?large\s)?crude\s+carriers?|VLCCs?|ULCCs?|handysize|handymax|supramax|ultramax|panamax|kamsarmax|post-panamax|neopanamax|capesize|newcastlemax|aframax|suezmax|ro-?ros?|dredgers?`;

/** A kind of vessel, as a word of its own. */
const VESSEL_WORD = String.raw`(?:boats?|gunboats?|cutters?|ships?|vessels?|frigates?|corvettes?|destroyers?|trawlers?|tankers?|ferry|ferries|tugs?|tugboats?|craft|submarines?|freighters?|yachts?|dhows?|barges?)`;

/**
 * "the cutter Sattahip", "patrol boat the Chonburi", "the supramax Coral": a vessel word right before
 * the name. The merchant words count only there: "carrier" elsewhere in a story is as often an airline.
 */
const VESSEL_BEFORE = new RegExp(String.raw`\b(?:${VESSEL_WORD}|${MERCHANT_CLASS})\s+(?:the\s+)?$`, 'i');

/** "The cutter, Sattahip 12, was ...": the name set off after the vessel word, a hull number after it. */
const VESSEL_COMMA_BEFORE = new RegExp(String.raw`\b${VESSEL_WORD},\s+(?:the\s+)?$`, 'i');

/** Any vessel word in the text: the story is about a boat or a ship. */
const ANY_VESSEL = new RegExp(String.raw`\b${VESSEL_WORD}\b`, 'i');

/**
 * A hull number right after the name: "Sattahip 12", not a range, a time, a decimal or a count of a
 * unit ("12 km", "12%").
 */
const HULL_NUMBER_AFTER = /^\s+\d{1,4}(?![\d%]|[.,:]\d|\s*(?:-|–|to)\s*\d|\s*(?:km|kilomet|mi\b|miles|nautical|per\s?cent|percent)|\s+(?:[\p{L}-]+\s+)?(?:people|persons|migrants|bodies|dead|survivors|children|men|women|calls?|dispatchers?|officers|houses|homes|boats|vessels|ships)\b|\s+(?:were|was|are|have|had)\b)/iu;

/**
 * A ship's IMO number right after its name, maybe past the rest of the name: "Coral Meridian (IMO
 * 9481234)", "Selene Star, IMO 9733518". Only hulls carry these seven-digit numbers, so the name is a
 * ship's whatever town shares its first word.
 */
const IMO_AFTER = /^(?:\s+\p{Lu}[\p{L}'-]*){0,3}\s*[(,]?\s*IMO(?:\s*(?:no\.?|number|#))?\s*:?\s*\d{7}\b/u;

/** The merchant ships' names of the last story asked about: one story's places are asked one after another. */
let namesOf: { story: string; names: string[] } | null = null;

function shipNames(story: string): string[] {
  if (namesOf?.story !== story) namesOf = { story, names: [...new Set(hullMentions(story).map((m) => m.name))] };
  return namesOf.names;
}

/**
 * Whether the place's name at text[start, end) opens a longer name the story gives a merchant ship
 * elsewhere ("The Sea Lark was last tracked..." where it wrote "the bulk carrier Sea Lark"): the
 * sentence's "The Sea" is the ship's name cut short, not a sea.
 */
function opensShipName(text: string, start: number, end: number, story: string): boolean {
  const names = shipNames(story);
  if (names.length === 0) return false;
  const from = /^the\s+/i.exec(text.slice(start, start + 4)) ? start + 4 : start;
  return names.some((name) => from + name.length > end && text.startsWith(name, from) && !/[\p{L}\d]/u.test(text[from + name.length] ?? ''));
}

/**
 * Whether the place's name at text[start, end) is a later word of a ship's name the story gives
 * ("the container ship Yekaterina Pearl": Pearl, Mississippi; "the Star Meridian": Meridian,
 * Mississippi): a town's name inside a hull's is no scene (review ux76a).
 */
function insideShipName(text: string, start: number, end: number, story: string): boolean {
  const names = shipNames(story);
  for (const name of names) {
    const from = Math.max(0, end - name.length);
    for (let at = text.indexOf(name, from); at >= 0 && at < start; at = text.indexOf(name, at + 1)) {
      if (at + name.length >= end && !/[\p{L}\d]/u.test(text[at + name.length] ?? '') && !/[\p{L}\d]/u.test(text[at - 1] ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether the place's name at text[start, end) names a vessel: right after a vessel word, or with a
 * hull number after it where `story` (the headline and body) speaks of a vessel anywhere, or as the
 * start or a later word of a ship's name the story gives.
 */
export function namesAVessel(text: string, start: number, end: number, story: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (VESSEL_BEFORE.test(before)) return true;
  if (opensShipName(text, start, end, story)) return true;
  if (insideShipName(text, start, end, story)) return true;
  if (IMO_AFTER.test(text.slice(end, end + 60))) return true;
  const numbered = HULL_NUMBER_AFTER.test(text.slice(end, end + 24));
  if (numbered && VESSEL_COMMA_BEFORE.test(before)) return true;
  return numbered && ANY_VESSEL.test(story);
}
