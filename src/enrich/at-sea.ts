/**
 * Whether a report's lead tells of an incident at sea: a vessel and open water in its opening
 * ("a gunboat rammed a trawler in disputed waters", "a ferry sank off the coast"). Officials then speak
 * from a capital or a port far from the scene, so the city where they told reporters is not where it
 * happened.
 */

import { countryOfDemonym, lookupCountry } from './gazetteer/places.js';
import { WEEKDAYS_AND_MONTHS } from './entities/lexicon.js';
import { bearingFrom } from './bearing-place.js';

/** How much of the text opens the report. */
const LEAD_CHARS = 600;

/** A vessel, as a word of its own. */
const VESSEL = /\b(?:boats?|gunboats?|cutters?|ships?|vessels?|frigates?|corvettes?|destroyers?|trawlers?|tankers?|ferry|ferries|tugs?|submarines?|freighters?|yachts?|dhows?|barges?|skiffs?|(?:bulk|ore|gas|LNG|LPG|car|vehicle|aircraft)\s+carriers?)\b/i;

/** Open water: "in disputed waters", "at sea", "off the coast", "off Koh Kong", "the Gulf of Thailand", "nautical miles". */
const OPEN_WATER = /\b(?:waters|at\s+sea|offshore|off\s+the\s+(?:coast|island|shore)|off\s+\p{Lu}|nautical\s+miles?|(?:Gulf|Sea|Bay|Strait)\s+of\s+\p{Lu}|\p{Lu}[\p{L}-]+\s+(?:Sea|Ocean|Strait))/u;

/**
 * What happens to or by a vessel in an incident at sea. A vessel and water alone are not one: a cruise
 * ship held in port that sails the Caribbean Sea, a boat stolen off a road, a flood's rescue boats
 * (review68 finding 2).
 */
const SEA_INCIDENT = /\b(?:rammed|ramming|seiz(?:ed|ing)|sank|sunk|sinking|capsiz\w*|collid\w*|collision|boarded|intercept\w*|detain\w*|fired\s+(?:on|at|upon)|water\s+cannon|ran\s+aground|run\s+aground|hijack\w*|chas(?:ed|ing)|shadow\w*|blockad\w*|torpedo\w*|struck\s+a\s+mine|attack(?:ed|s)?|missing\s+at\s+sea|(?:struck|hit)\s+by\s+(?:an?\s+)?(?:drones?|missiles?|rockets?|projectiles?|explosives?)|(?:drones?|missiles?|rockets?|projectiles?)\s+(?:struck|hit))\b/i;

/** Whether the lead of `body` tells of an incident to a vessel at sea. */
export function incidentAtSea(body: string): boolean {
  const lead = body.slice(0, LEAD_CHARS);
  return VESSEL.test(lead) && OPEN_WATER.test(lead) && SEA_INCIDENT.test(lead);
}

/** "off Koh Kong", "off the island of Ko Kut", "off the coast of Kampot": the place a sea scene is told by. */
const OFF_PLACE = /\boff\s+(?:the\s+(?:island|coast|port|town)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})/u;
const STREET_WORD = /\b(?:Road|Street|Avenue|Boulevard|Drive|Lane|Highway|Way)$/;
/** "the Gulf of Thailand", "the South China Sea", "the Strait of Malacca": a named sea. */
// Not a determiner opening a ship's name: "The Sea Lark was last tracked..." names no sea.
const NAMED_SEA = /\b((?:Gulf|Sea|Bay|Strait)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?|(?:(?!(?:The|A|An|This|That|Its|Our|Their)\s)\p{Lu}[\p{L}-]+\s+){1,2}(?:Sea|Ocean|Strait))\b/u;

/**
 * Where the lead (from `from` to `to` of the body) puts a scene at sea: the place the water is told
 * off ("off Koh Kong"), else the place it takes a bearing from ("80 nautical miles east of Socotra"),
 * else a sea it names; the name as written and its offset, or null. The coast named is nearer the
 * scene than the sea it lies on.
 */
export function seaScene(body: string, from: number, to: number): { text: string; start: number } | null {
  const lead = body.slice(from, to);
  const off = sceneMatching(lead, from, OFF_PLACE);
  if (off) return off;
  const bearing = bearingFrom(lead);
  if (bearing && !WEEKDAYS_AND_MONTHS.has(bearing.town.toLowerCase())) return { text: bearing.town, start: from + bearing.start };
  return sceneMatching(lead, from, NAMED_SEA);
}

/** The first match of `pattern` in `lead` (which starts at `from` of the body) that names a place at sea. */
function sceneMatching(lead: string, from: number, pattern: RegExp): { text: string; start: number } | null {
  for (const m of lead.matchAll(new RegExp(pattern.source, 'gu'))) {
    // "set off Monday", "called off Friday's talks": a day or a month is no place.
    if (WEEKDAYS_AND_MONTHS.has(m[1]!.split(/\s/)[0]!.replace(/['’]s$/, '').toLowerCase())) continue;
    // "off Westheimer Road": a street is no place at sea.
    if (STREET_WORD.test(m[1]!) || /^\s+(?:Road|Street|Avenue|Boulevard|Drive|Lane|Highway|Way)\b/.test(lead.slice(m.index + m[0].length))) continue;
    return { text: m[1]!, start: from + m.index + m[0].indexOf(m[1]!) };
  }
  return null;
}

/** "in Thai waters", "Cambodia's territorial waters", "the waters of Malaysia": whose waters the text says. */
const WHOSE_WATERS = /\b(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:territorial\s+)?waters\b|\bwaters\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/** The country whose waters the text says a scene lies in, or null where it says none. */
// Not inside a quotation: "an act of aggression in Thai waters," a minister said, is one side's claim
// about waters the report may call disputed.
export function whoseWaters(body: string): string | null {
  for (const m of body.matchAll(new RegExp(WHOSE_WATERS.source, 'gu'))) {
    const paragraph = body.slice(body.lastIndexOf('\n', m.index) + 1, m.index);
    if ((paragraph.match(/["“”]/g) ?? []).length % 2 === 1) continue;
    const word = m[1] ?? m[2];
    const country = word ? countryOfDemonym(word) ?? lookupCountry(word)?.country ?? null : null;
    if (country) return country;
  }
  return null;
}
